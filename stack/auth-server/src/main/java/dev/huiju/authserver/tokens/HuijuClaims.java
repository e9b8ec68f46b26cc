package dev.huiju.authserver.tokens;

import dev.huiju.authserver.users.DemoUser;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * The one definition of the claims of a huiju access token, used by the real OAuth2 flows and by the
 * development token endpoint alike.
 */
@Component
public class HuijuClaims {

	public void apply(JwtClaimsSet.Builder claims, DemoUser user, String clientId, String terminalId) {
		claims.subject(user.username())
			.claim("name", user.name())
			.claim("roles", user.roles())
			.claim("clearance", user.clearance())
			.claim("region", user.region())
			.claim("region_level", user.regionLevel())
			.claim("client_id", clientId)
			.claim("terminal_id", (terminalId != null && !terminalId.isBlank()) ? terminalId : "unknown");
		if (user.staffNo() != null) {
			claims.claim("staff_no", user.staffNo());
		}
		if (user.department() != null) {
			claims.claim("department", user.department());
		}
	}

}
