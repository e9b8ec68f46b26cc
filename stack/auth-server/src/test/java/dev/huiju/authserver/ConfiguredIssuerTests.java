package dev.huiju.authserver;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured issuer, as the launcher passes it, wins over the one a request would give. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "huiju.auth.issuer=http://auth.huiju.test:9443")
class ConfiguredIssuerTests {

	@LocalServerPort
	int port;

	@Test
	void devTokenAndDiscoveryNameTheConfiguredIssuer() {
		AuthServer server = new AuthServer(this.port);
		Jwt jwt = server.verify((String) AuthServer.json(server.devToken("li.na", "web-portal", "pc-001")).get("access_token"));
		Map<String, Object> discovery = AuthServer.json(server.getJson("/.well-known/openid-configuration"));

		assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://auth.huiju.test:9443");
		assertThat(discovery).containsEntry("issuer", "http://auth.huiju.test:9443");
	}

}
