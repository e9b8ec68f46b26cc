package dev.huiju.bff.errors;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * An exception inside a data fetcher reaches the client as INTERNAL with only a correlation id; the
 * class, message and stack trace go to the server log under the same id.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class GraphQlErrorsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void aFailingFetcherAnswersInternalWithoutDetailsAndLogsThemUnderTheCorrelationId(CapturedOutput log) {
		var result = this.http.mutateWith(mockJwt().jwt(jwt -> jwt.subject("zhang.wei")
			.claim("client_id", "web-portal")
			.claim("roles", java.util.List.of("CLERK"))
			.claim("terminal_id", "t-1")))
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ failingField me { channel } }"))
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult();
		String body = result.getResponseBody();
		String correlationId = result.getResponseHeaders().getFirst(CorrelationIds.HEADER);

		assertThat(body).contains("\"code\":\"INTERNAL\"")
			.contains("\"correlationId\":\"" + correlationId + "\"")
			.contains("\"channel\":\"WEB_PORTAL\"")
			.doesNotContain("secret_table")
			.doesNotContain("IllegalStateException")
			.doesNotContain("Exception")
			.doesNotContain("at dev.huiju");
		assertThat(log.getOut()).contains(correlationId).contains("IllegalStateException").contains("secret_table");
	}

}
