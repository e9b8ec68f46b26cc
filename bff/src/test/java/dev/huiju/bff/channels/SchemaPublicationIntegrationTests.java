package dev.huiju.bff.channels;

import dev.huiju.bff.GraphQlPosts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

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
		return GraphQlPosts.asClerk(this.http, query).expectStatus().isOk().expectBody();
	}

}
