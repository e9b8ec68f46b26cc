package dev.huiju.stack;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL works offline: the page and every script and style it loads come from the BFF. */
class GraphiqlIntegrationTests {

	private final WebTestClient bff = WebTestClient.bindToServer()
		.baseUrl(TestStack.h2().bff.url())
		.responseTimeout(Duration.ofSeconds(30))
		.build();

	@Test
	void thePageAndAllItsAssetsAreServedByTheBff() {
		String page = this.bff.get().uri("/graphiql").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
		var assets = java.util.regex.Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page);
		int found = 0;
		while (assets.find()) {
			found++;
			this.bff.get().uri(assets.group(1)).exchange().expectStatus().isOk();
		}
		assertThat(found).isEqualTo(4);
	}

}
