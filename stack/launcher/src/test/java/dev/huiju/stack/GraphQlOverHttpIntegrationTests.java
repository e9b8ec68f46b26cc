package dev.huiju.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

/** GraphQL over HTTP: media types and status codes for requests graphql-java cannot run. */
class GraphQlOverHttpIntegrationTests {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final GraphQl gql = TestStack.h2().graphQl();

	@Test
	void aSyntaxErrorIsA400WithBadUserInputAndNoData() {
		this.gql.exchange(this.gql.token("zhang.wei"), "{ me { ", Map.of(), GRAPHQL_RESPONSE)
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(GRAPHQL_RESPONSE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void anUnknownFieldIsA400ValidationError() {
		this.gql.exchange(this.gql.token("zhang.wei"), "{ me { salary } }", Map.of(), GRAPHQL_RESPONSE)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void legacyJsonClientsGet200WithTheSameErrors() {
		this.gql.exchange(this.gql.token("zhang.wei"), "{ me { salary } }", Map.of())
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void everyResponseCarriesACorrelationId() {
		this.gql.exchange(this.gql.token("zhang.wei"), "{ me { roles } }", Map.of())
			.expectStatus().isOk()
			.expectHeader().exists("X-Correlation-Id");
	}

}
