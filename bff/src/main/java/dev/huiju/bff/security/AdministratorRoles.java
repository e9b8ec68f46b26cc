package dev.huiju.bff.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The three separated administrators: system, security and audit. No account may hold two of them, so a
 * token that carries more than one is refused whoever signed it, and each administrator operation names
 * exactly its own role in the schema.
 */
public final class AdministratorRoles {

	public static final String SYSTEM = "SYSTEM_ADMIN";

	public static final Set<String> ALL = Set.of(SYSTEM, "SECURITY_ADMIN", "AUDIT_ADMIN");

	private AdministratorRoles() {
	}

	public static boolean combined(Collection<String> roles) {
		return roles != null && roles.stream().filter(ALL::contains).distinct().count() > 1;
	}

	/** Refuses tokens that combine administrator roles. */
	static OAuth2TokenValidator<Jwt> validator() {
		return jwt -> {
			List<String> roles = jwt.getClaimAsStringList("roles");
			return combined(roles)
					? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
							"a token may not combine the system, security and audit administrator roles", null))
					: OAuth2TokenValidatorResult.success();
		};
	}

}
