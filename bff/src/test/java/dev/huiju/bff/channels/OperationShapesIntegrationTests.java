package dev.huiju.bff.channels;

import java.util.Map;

import dev.huiju.bff.GraphQlPosts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation's shape is read once per document and the variables that can change it: the same document with
 * another page size or another {@code @include} is judged again, never by a shape kept for other variables.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class OperationShapesIntegrationTests {

	private static final String PAGED = """
			query Paged($n: Int, $withList: Boolean!) {
			  me { channel }
			  documents(first: $n) @include(if: $withList) { edges { node { id } } }
			}""";

	private static final String TOO_LARGE = "first must be at most";

	@Autowired
	WebTestClient http;

	@Test
	void theSameDocumentWithOtherVariablesIsJudgedByItsOwnShape() {
		assertThat(answer(5, true)).doesNotContain(TOO_LARGE);
		assertThat(answer(5000, true)).contains(TOO_LARGE);
		assertThat(answer(5000, false)).doesNotContain(TOO_LARGE).contains("WEB_PORTAL");
		assertThat(answer(5, true)).doesNotContain(TOO_LARGE);
		assertThat(answer(5000, true)).contains(TOO_LARGE);
	}

	private String answer(int n, boolean withList) {
		return GraphQlPosts.asClerk(this.http, PAGED, Map.of("n", n, "withList", withList))
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
