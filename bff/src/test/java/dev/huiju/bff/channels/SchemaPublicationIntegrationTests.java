package dev.huiju.bff.channels;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * Where introspection is off (production), federation's {@code _service} does not hand out the schema either:
 * the two follow one setting.
 */
@SpringBootTest(properties = "dgs.graphql.introspection.enabled=false")
@AutoConfigureWebTestClient
class SchemaPublicationIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void serviceSdlIsRefusedWhereIntrospectionIsOff() {
		post("{ _service { sdl } }").jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERMISSION_DENIED")
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void introspectionIsRefusedToo() {
		post("{ __schema { types { name } } }").jsonPath("$.data.__schema").doesNotExist();
	}

	@Test
	void ordinaryOperationsRun() {
		post("{ me { channel } }").jsonPath("$.data.me.channel").isEqualTo("WEB_PORTAL");
	}

	private WebTestClient.BodyContentSpec post(String query) {
		return this.http.mutateWith(mockJwt().jwt(jwt -> jwt.subject("zhang.wei")
			.claim("client_id", "web-portal")
			.claim("roles", List.of("CLERK"))
			.claim("terminal_id", "t-1")))
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
