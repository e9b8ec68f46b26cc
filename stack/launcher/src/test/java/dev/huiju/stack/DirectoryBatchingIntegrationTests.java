package dev.huiju.stack;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and departments of a whole list resolve in one directory call per level of the query, however
 * long the list; counted at the WireMock proxy in front of the real directory.
 */
class DirectoryBatchingIntegrationTests {

	private static final String QUERY = """
			query($n: Int) { documents(first: $n) { edges { node { id
			  drafter { name department { name } }
			  approvers { name } } } } }
			""";

	private final TestStack stack = TestStack.h2();

	@Test
	void fiftyDocumentsCostAsManyDirectoryCallsAsFive() {
		int forFive = directoryCallsFor(5);
		int forFifty = directoryCallsFor(50);
		assertThat(forFifty).isEqualTo(forFive).isEqualTo(2);
	}

	@Test
	void loadersCallTheDirectoryOnBehalfOfTheCaller() {
		GraphQl gql = this.stack.graphQl();
		WireMockServer directory = this.stack.proxy("directory");
		directory.resetRequests();
		String token = gql.token("zhang.wei");
		gql.run(token, QUERY, Map.of("n", 3));
		var calls = directory.findAll(getRequestedFor(urlPathMatching("/.*")));
		assertThat(calls).hasSize(2).allSatisfy(call -> {
			assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + token);
			assertThat(call.containsHeader("X-Acting-User")).isFalse();
		});
	}

	private int directoryCallsFor(int documents) {
		GraphQl gql = this.stack.graphQl();
		String token = gql.token("chen.jie");
		WireMockServer directory = this.stack.proxy("directory");
		directory.resetRequests();
		DocumentContext answer = gql.run(token, QUERY, Map.of("n", documents));
		List<String> drafters = answer.read("$.data.documents.edges[*].node.drafter.name");
		assertThat(drafters).hasSize(documents).doesNotContainNull();
		assertThat(answer.read("$.data.documents.edges[*].node.drafter.department.name", List.class)).doesNotContainNull();
		assertThat(answer.read("$", Map.class)).doesNotContainKey("errors");
		return directory.findAll(getRequestedFor(urlPathMatching("/.*"))).size();
	}

}
