package dev.huiju.authserver.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a refused {@code /dev/token} call, shaped like an OAuth2 error response. */
record TokenError(String error, @JsonProperty("error_description") String errorDescription) {

	static TokenError invalidRequest(String description) {
		return new TokenError("invalid_request", description);
	}

}
