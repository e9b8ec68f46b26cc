package dev.huiju.authserver.tokens;

import java.time.Duration;
import java.util.List;

import dev.huiju.access.Audiences;
import dev.huiju.access.TerminalIds;

import dev.huiju.authserver.users.DemoUser;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * The one definition of the huiju claims of an access token, used by the real OAuth2 flows and by the
 * development token endpoint alike, so the BFF cannot tell the two apart.
 */
@Component
public class HuijuClaims {

	/** How long an access token lives, whichever way it was issued. */
	public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

	/** The token request parameter naming the device a user signs in from. */
	public static final String TERMINAL_ID = "terminal_id";

	static final String UNKNOWN_TERMINAL = "unknown";

	public static boolean isTerminalId(String value) {
		return TerminalIds.isValid(value);
	}

	public void apply(JwtClaimsSet.Builder claims, DemoUser user, String clientId, String terminalId) {
		audience(claims, clientId);
		claims.subject(user.username())
			.claim("name", user.name())
			.claim("roles", user.roles())
			.claim("clearance", user.clearance())
			.claim("region", user.region())
			.claim("region_level", user.regionLevel())
			.claim("client_id", clientId)
			.claim(TERMINAL_ID, isTerminalId(terminalId) ? terminalId : UNKNOWN_TERMINAL);
		// Absent rather than null: a citizen has no staff number and no department.
		if (user.staffNo() != null) {
			claims.claim("staff_no", user.staffNo());
		}
		if (user.department() != null) {
			claims.claim("department", user.department());
		}
	}

	/** A machine's token (client credentials): its client and scopes, no person. */
	public void applyMachine(JwtClaimsSet.Builder claims, String clientId) {
		audience(claims, clientId);
		claims.subject(clientId).claim("client_id", clientId);
	}

	/**
	 * The client, as OAuth2 has it, and huiju's resource audience, which the BFF and every domain service
	 * require: the BFF relays the token to the services (docs/decisions/0003).
	 */
	private static void audience(JwtClaimsSet.Builder claims, String clientId) {
		claims.audience(List.of(clientId, Audiences.HUIJU));
	}

}
