package dev.huiju.bff.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** A token that combines administrator roles is invalid, whoever signed it. */
class AdministratorRolesTests {

	@Test
	void aTokenWithTwoAdministratorRolesIsRefused() {
		assertThat(AdministratorRoles.validator().validate(token(List.of("SYSTEM_ADMIN", "AUDIT_ADMIN"))).hasErrors())
			.isTrue();
		assertThat(AdministratorRoles.validator().validate(token(List.of("SECURITY_ADMIN", "CLERK", "AUDIT_ADMIN")))
			.getErrors()).extracting(error -> error.getDescription()).singleElement().asString().contains("combine");
	}

	@Test
	void oneAdministratorRoleOrNoneIsFine() {
		assertThat(AdministratorRoles.validator().validate(token(List.of("SECURITY_ADMIN"))).hasErrors()).isFalse();
		assertThat(AdministratorRoles.validator().validate(token(List.of("LEADER", "APPROVER"))).hasErrors()).isFalse();
		assertThat(AdministratorRoles.validator().validate(token(null)).hasErrors()).isFalse();
	}

	private static Jwt token(List<String> roles) {
		Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
			.issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
		if (roles != null) {
			builder.claim("roles", roles);
		}
		return builder.build();
	}

}
