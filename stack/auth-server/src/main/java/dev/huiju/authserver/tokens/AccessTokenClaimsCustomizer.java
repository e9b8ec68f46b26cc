package dev.huiju.authserver.tokens;

import dev.huiju.authserver.users.DemoUsers;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the huiju claims to the access tokens of the real flows: a person's (authorization code, refresh token)
 * or a machine's (client credentials).
 */
@Component
class AccessTokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final DemoUsers users;

	private final HuijuClaims claims;

	AccessTokenClaimsCustomizer(DemoUsers users, HuijuClaims claims) {
		this.users = users;
		this.claims = claims;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		// ID tokens stay standard OIDC; only the BFF reads the huiju claims, from access tokens.
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			this.claims.applyMachine(context.getClaims(), context.getRegisteredClient().getClientId());
			return;
		}
		this.users.find(context.getPrincipal().getName())
			.ifPresent(user -> this.claims.apply(context.getClaims(), user, context.getRegisteredClient().getClientId(),
					terminalId(context)));
	}

	/** The token request's {@code terminal_id}, which Spring Authorization Server keeps as an extra parameter. */
	private static String terminalId(JwtEncodingContext context) {
		Authentication grant = context.getAuthorizationGrant();
		if (grant instanceof OAuth2AuthorizationGrantAuthenticationToken token
				&& token.getAdditionalParameters().get(HuijuClaims.TERMINAL_ID) instanceof String terminalId) {
			return terminalId;
		}
		return null;
	}

}
