package dev.huiju.bff.errors;

import dev.huiju.bff.GraphQlPosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

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
		var result = GraphQlPosts.asClerk(this.http, "{ failingField me { channel } }")
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
