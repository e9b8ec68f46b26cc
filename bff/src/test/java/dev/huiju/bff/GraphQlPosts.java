package dev.huiju.bff;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/** Posts an operation to {@code /graphql} as zhang.wei, a clerk on the web portal, for the BFF's own tests. */
public final class GraphQlPosts {

	private GraphQlPosts() {
	}

	public static WebTestClient.ResponseSpec asClerk(WebTestClient http, String query) {
		return asClerk(http, query, Map.of());
	}

	public static WebTestClient.ResponseSpec asClerk(WebTestClient http, String query, Map<String, Object> variables) {
		return http.mutateWith(mockJwt().jwt(jwt -> jwt.subject("zhang.wei")
			.claim("client_id", "web-portal")
			.claim("roles", List.of("CLERK"))
			.claim("terminal_id", "t-1")))
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "variables", variables))
			.exchange();
	}

}
