package dev.huiju.stack;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Talks to a running BFF as a front end does: a token from the authorization server, then POST /graphql. */
final class GraphQl {

	private final WebTestClient bff;

	private final WebTestClient auth;

	GraphQl(String bffUrl, String authUrl) {
		this.bff = WebTestClient.bindToServer().baseUrl(bffUrl).responseTimeout(Duration.ofSeconds(60)).build();
		this.auth = WebTestClient.bindToServer().baseUrl(authUrl).responseTimeout(Duration.ofSeconds(30)).build();
	}

	/** A real token from the development authorization server's {@code /dev/token}. */
	String token(String username, String clientId) {
		String body = this.auth.post()
			.uri("/dev/token")
			.body(BodyInserters.fromFormData("username", username).with("client_id", clientId).with("terminal_id",
					"e2e-" + clientId))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonPath.read(body, "$.access_token");
	}

	String token(String username) {
		return token(username, "web-portal");
	}

	WebTestClient.ResponseSpec exchange(String token, String query, Map<String, Object> variables) {
		return exchange(token, query, variables, MediaType.APPLICATION_JSON);
	}

	/** With {@code application/graphql-response+json}, request errors answer 4xx as GraphQL over HTTP says. */
	WebTestClient.ResponseSpec exchange(String token, String query, Map<String, Object> variables,
			MediaType accept) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", query);
		request.put("variables", variables);
		WebTestClient.RequestBodySpec spec = this.bff.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept);
		if (token != null) {
			spec = spec.header("Authorization", "Bearer " + token);
		}
		return spec.bodyValue(request).exchange();
	}

	/** Runs an operation that must answer 200, and parses the answer. */
	DocumentContext run(String token, String query, Map<String, Object> variables) {
		String body = exchange(token, query, variables).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonPath.parse(body);
	}

	/** Runs an operation with one extra request header, as a caller trying to steer the BFF would. */
	DocumentContext exchangeWithHeader(String token, String query, String header, String value) {
		return send(token, Map.of("query", query), header, value);
	}

	/** Posts a request body as it is, for requests without a query text (persisted queries). */
	DocumentContext post(String token, Map<String, Object> request) {
		return send(token, request, null, null);
	}

	private DocumentContext send(String token, Map<String, Object> request, String header, String value) {
		WebTestClient.RequestBodySpec spec = this.bff.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token);
		if (header != null) {
			spec = spec.header(header, value);
		}
		String body = spec.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JsonPath.parse(body);
	}

	/** Sends any method, media type and body to {@code /graphql}, as a client that is not GraphQL's might. */
	WebTestClient.ResponseSpec raw(String token, org.springframework.http.HttpMethod method, MediaType type,
			String body) {
		WebTestClient.RequestBodySpec spec = this.bff.method(method).uri("/graphql").accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			spec = spec.header("Authorization", "Bearer " + token);
		}
		if (type != null) {
			spec = spec.contentType(type);
		}
		return (body != null) ? spec.bodyValue(body).exchange() : spec.exchange();
	}

	DocumentContext run(String token, String query) {
		return run(token, query, Map.of());
	}

}
