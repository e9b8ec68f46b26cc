package dev.huiju.stack;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL over HTTP: media types and status codes for requests graphql-java cannot run, and a GraphQL-shaped
 * answer (error code, correlation id, watermark) for every request that is not one.
 */
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

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed JSON             | {"query": "{ me { roles } }"    | the body is not valid JSON
			variables not an object    | {"query": "{ me { roles } }", "variables": "x"} | variables must be a JSON object
			a batch                    | [{"query": "{ me { roles } }"}] | batches are not accepted
			JSON null                  | null                            | a JSON object with a query
			a string                   | "{ me { roles } }"              | a JSON object with a query
			no query                   | {"variables": {}}               | query is required
			query not a string         | {"query": 42}                   | query must be a string
			operationName not a string | {"query": "{ me { roles } }", "operationName": 1} | operationName must be a string
			an empty body              | ''                              | a JSON object with a query
			only whitespace            | '   '                           | a JSON object with a query
			""")
	void aBodyThatIsNotOneGraphQlRequestIsA400WithBadRequest(String what, String body, String message) {
		expectRefusal(this.gql.raw(this.gql.token("zhang.wei"), HttpMethod.POST, MediaType.APPLICATION_JSON, body), 400,
				message);
	}

	@Test
	void textPlainIsA415() {
		expectRefusal(this.gql.raw(this.gql.token("zhang.wei"), HttpMethod.POST, MediaType.TEXT_PLAIN,
				"{ me { roles } }"), 415, "application/json");
	}

	@Test
	void getIsA405NamingPost() {
		WebTestClient.ResponseSpec response = this.gql.raw(this.gql.token("zhang.wei"), HttpMethod.GET, null, null);
		response.expectHeader().valueEquals("Allow", "POST");
		expectRefusal(response, 405, "only POST");
	}

	@Test
	void aBodyAboveTheLimitIsA413() {
		String padding = "x".repeat(300 * 1024);
		expectRefusal(this.gql.raw(this.gql.token("zhang.wei"), HttpMethod.POST, MediaType.APPLICATION_JSON,
				"{\"query\": \"{ me { roles } }\", \"operationName\": \"" + padding + "\"}"), 413, "larger than");
	}

	@Test
	void withoutATokenTheRefusalIsStillGraphQlShaped() {
		this.gql.raw(null, HttpMethod.GET, null, null)
			.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
	}

	private static void expectRefusal(WebTestClient.ResponseSpec response, int status,
			String message) {
		response.expectStatus().isEqualTo(status)
			.expectHeader().exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains(message))
			.jsonPath("$.errors[0].extensions.correlationId").isNotEmpty()
			.jsonPath("$.extensions.watermark.terminalId").isEqualTo("e2e-web-portal");
	}

}
