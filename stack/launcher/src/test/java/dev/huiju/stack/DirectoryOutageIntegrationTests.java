package dev.huiju.stack;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** A directory that resets every connection leaves people null with UNAVAILABLE, and documents still come. */
class DirectoryOutageIntegrationTests {

	private final TestStack stack = TestStack.h2();

	private StubMapping outage;

	@AfterEach
	void directoryComesBack() {
		if (this.outage != null) {
			this.stack.proxy("directory").removeStub(this.outage);
		}
	}

	@Test
	void aDownDirectoryLeavesDrafterNullWithUnavailableWhileDocumentsComeBack() {
		GraphQl gql = this.stack.graphQl();
		String token = gql.token("li.na");
		WireMockServer directory = this.stack.proxy("directory");
		this.outage = directory.stubFor(any(urlPathMatching("/.*")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		DocumentContext answer = gql.run(token, "{ documents(first: 3) { edges { node { id title drafter { name } } } } }");

		assertThat(answer.read("$.data.documents.edges[*].node.title", List.class)).hasSize(3).doesNotContainNull();
		assertThat(answer.read("$.data.documents.edges[*].node.drafter", List.class)).containsOnlyNulls();
		List<String> codes = answer.read("$.errors[*].extensions.code");
		assertThat(codes).hasSize(3).containsOnly("UNAVAILABLE");
		List<List<Object>> paths = answer.read("$.errors[*].path");
		assertThat(paths).contains(List.of("documents", "edges", 0, "node", "drafter"),
				List.of("documents", "edges", 2, "node", "drafter"));
		assertThat(answer.jsonString()).doesNotContain("Exception").doesNotContain("reset");
	}

}
