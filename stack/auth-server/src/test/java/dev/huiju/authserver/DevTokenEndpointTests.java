package dev.huiju.authserver;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /dev/token} over real HTTP, its tokens checked against the published JWKS as the BFF checks them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DevTokenEndpointTests {

	@LocalServerPort
	int port;

	AuthServer server;

	@BeforeEach
	void connect() {
		this.server = new AuthServer(this.port);
	}

	@Test
	void devTokenIsABearerTokenOfOneHour() {
		HttpResponse<String> response = this.server.devToken("li.na", "web-portal", "pc-001");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = AuthServer.json(response);
		assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
		assertThat(body.get("access_token")).asString().isNotBlank();
	}

	@Test
	void devTokenIsSignedByThePublishedKeyAndCarriesTheUsersClaims() {
		Jwt jwt = this.server.verify(accessToken(this.server.devToken("chen.jie", "dashboard", "kiosk-7")));

		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
		assertThat(jwt.getSubject()).isEqualTo("chen.jie");
		assertThat(jwt.getClaimAsString("name")).isEqualTo("陈杰");
		assertThat(jwt.getClaimAsString("staff_no")).isEqualTo("A3001");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("LEADER", "APPROVER");
		assertThat(jwt.getClaimAsString("clearance")).isEqualTo("CONFIDENTIAL");
		assertThat(jwt.getClaimAsString("region")).isEqualTo("city");
		assertThat(jwt.getClaimAsString("region_level")).isEqualTo("CITY");
		assertThat(jwt.getClaimAsString("department")).isEqualTo("dept-office");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("dashboard");
		assertThat(jwt.getClaimAsString("terminal_id")).isEqualTo("kiosk-7");
		assertThat(jwt.getAudience()).containsExactly("dashboard", "huiju");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void devTokenNamesTheIssuerOfTheRunningServerWhenStartedOnARandomPort() {
		Jwt jwt = this.server.verify(accessToken(this.server.devToken("li.na", "web-portal", "pc-001")));
		Map<String, Object> discovery = AuthServer.json(this.server.getJson("/.well-known/openid-configuration"));

		assertThat(jwt.getClaimAsString("iss")).isEqualTo(this.server.base.toString())
			.isEqualTo(discovery.get("issuer"));
	}

	@Test
	void citizenTokenHasNeitherStaffNumberNorDepartment() {
		Jwt jwt = this.server.verify(accessToken(this.server.devToken("ma.xiaoli", "mini-program", "wx-01")));

		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CITIZEN");
		assertThat(jwt.getClaimAsString("clearance")).isEqualTo("PUBLIC");
		assertThat(jwt.getClaimAsString("region")).isEqualTo("s-riverside");
		assertThat(jwt.getClaimAsString("region_level")).isEqualTo("STREET");
		assertThat(jwt.getClaims()).doesNotContainKeys("staff_no", "department");
	}

	@Test
	void districtUserCarriesTheDistrictRegionLevel() {
		Jwt jwt = this.server.verify(accessToken(this.server.devToken("zhou.min", "mobile-app", "phone-3")));

		assertThat(jwt.getClaimAsString("region")).isEqualTo("d-east");
		assertThat(jwt.getClaimAsString("region_level")).isEqualTo("DISTRICT");
		assertThat(jwt.getClaimAsString("department")).isEqualTo("dept-east-office");
	}

	@Test
	void unknownUserIsAnInvalidRequest() {
		HttpResponse<String> response = this.server.devToken("nobody", "web-portal", "pc-001");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServer.json(response)).containsEntry("error", "invalid_request")
			.containsEntry("error_description", "unknown user");
	}

	@Test
	void unknownClientIsAnInvalidRequest() {
		HttpResponse<String> response = this.server.devToken("li.na", "kiosk", "pc-001");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServer.json(response)).containsEntry("error", "invalid_request")
			.containsEntry("error_description", "unknown client");
	}

	@Test
	void missingTerminalIdIsAnInvalidRequest() {
		HttpResponse<String> response = this.server.devToken("li.na", "web-portal", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServer.json(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void aTerminalIdIsAShortTokenNeverFreeText() {
		HttpResponse<String> response = this.server.devToken("li.na", "web-portal", "pc-1\n张伟");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServer.json(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void aMachineClientGetsNoPersonsToken() {
		HttpResponse<String> response = this.server.devToken("li.na", "bigscreen", "pc-001");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(AuthServer.json(response)).containsEntry("error_description", "unknown client");
	}

	@Test
	void aMachineClientGetsItsOwnTokenByClientCredentialsWithItsNarrowScope() {
		Jwt jwt = this.server.verify(accessToken(
				this.server.clientCredentials("bigscreen", "dev-bigscreen-secret", "statistics:read")));

		assertThat(jwt.getSubject()).isEqualTo("bigscreen");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("bigscreen");
		assertThat(jwt.getAudience()).containsExactly("bigscreen", "huiju");
		assertThat(jwt.getClaimAsStringList("scope")).containsExactly("statistics:read");
		assertThat(jwt.getClaims()).doesNotContainKeys("roles", "clearance", "region");
		assertThat(this.server.clientCredentials("bigscreen", "wrong", "statistics:read").statusCode()).isEqualTo(401);
	}

	@Test
	void healthIsOpenWithoutAToken() {
		HttpResponse<String> response = this.server.getJson("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(AuthServer.json(response)).containsEntry("status", "UP");
	}

	private static String accessToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) AuthServer.json(response).get("access_token");
	}

}
