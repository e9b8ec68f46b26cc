package dev.huiju.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller with a valid token learns by probing: nothing about the schema on a safelisted channel, no
 * metrics without the system administrator's role, and no way to print free text in a watermark.
 */
class ProbingIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void aSafelistedChannelRefusesAnUnlistedOperationBeforeValidationSoFieldsCannotBeProbed() {
		String citizen = this.gql.token("ma.xiaoli", "mini-program");
		DocumentContext answer = this.gql.post(citizen, java.util.Map.of("query", "{ me { salary } }"));
		assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("PERMISSION_DENIED");
		assertThat(answer.<String>read("$.errors[0].message")).contains("manifest").doesNotContain("salary");
		assertThat(answer.jsonString()).doesNotContain("undefined").doesNotContain("Field");
	}

	@Test
	void metricsAndBreakersAreTheSystemAdministratorsOnly() {
		for (String user : new String[] { "ma.xiaoli:mini-program", "li.na:web-portal", "admin.sec:web-portal" }) {
			String[] who = user.split(":");
			assertThat(status("/actuator/metrics", this.gql.token(who[0], who[1]))).as(user).isEqualTo(403);
			assertThat(status("/actuator/circuitbreakers", this.gql.token(who[0], who[1]))).as(user).isEqualTo(403);
		}
		assertThat(status("/actuator/metrics", this.gql.token("admin.sys"))).isEqualTo(200);
		assertThat(status("/actuator/health", null)).isEqualTo(200);
	}

	@Test
	void aTokenWhoseTerminalIdIsFreeTextIsRefusedByTheBffAndTheServices() {
		String forged = TestTokens.withTerminal("zhang.wei", "web-portal", "INTERNAL", "t1\n李娜 已授权");
		this.gql.raw(forged, HttpMethod.POST, MediaType.APPLICATION_JSON, "{\"query\": \"{ me { channel } }\"}")
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
		for (DomainService service : DomainService.ALL) {
			String url = this.stack.service(service.name()).url() + service.probe();
			assertThat(get(url, forged).statusCode()).as(url).isEqualTo(401);
		}
		String fine = TestTokens.withTerminal("zhang.wei", "web-portal", "INTERNAL", "pc-0042_A");
		assertThat(this.gql.run(fine, "{ me { channel } }").<String>read("$.extensions.watermark.terminalId"))
			.isEqualTo("pc-0042_A");
	}

	private int status(String path, String token) {
		return get(this.stack.bff.url() + path, token).statusCode();
	}

	private static HttpResponse<String> get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
