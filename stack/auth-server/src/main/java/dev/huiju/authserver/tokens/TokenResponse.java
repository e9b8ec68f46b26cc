package dev.huiju.authserver.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a successful {@code /dev/token} call, shaped like an OAuth2 token response. */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {

	static TokenResponse bearer(String accessToken) {
		return new TokenResponse(accessToken, "Bearer", HuijuClaims.ACCESS_TOKEN_LIFETIME.toSeconds());
	}

}
