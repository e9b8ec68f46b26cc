package dev.huiju.stack;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents asked for by id at the root, each under its own alias, resolve in one call to the documents
 * service, as the documents of a list do; and the channel's cap on root fields bounds how many there may be.
 * Counted at the WireMock proxy in front of the real service.
 */
class RootFieldBatchingIntegrationTests {

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void twentyAliasedDocumentsAreOneCallToTheDocumentsService() {
		String token = this.gql.token("chen.jie");
		WireMockServer documents = this.stack.proxy("documents");
		documents.resetRequests();
		DocumentContext answer = this.gql.run(token, aliases(20));
		assertThat(answer.<Object>read("$.data.d3.id")).isEqualTo("3");
		assertThat(answer.<java.util.Map<String, Object>>read("$.data")).hasSize(20);
		assertThat(documents.findAll(getRequestedFor(urlPathEqualTo("/documents")))).hasSize(1);
	}

	@Test
	void rootFieldsAboveTheChannelsCapAreRefusedBeforeAnyCall() {
		String token = this.gql.token("chen.jie", "mobile-app");
		WireMockServer documents = this.stack.proxy("documents");
		documents.resetRequests();
		DocumentContext answer = this.gql.run(token, aliases(11));
		assertThat(answer.<String>read("$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
		assertThat(answer.<String>read("$.errors[0].message")).contains("11 root fields").contains("allows 10");
		assertThat(answer.jsonString()).doesNotContain("\"data\":{");
		assertThat(documents.getAllServeEvents()).isEmpty();
		assertThat(this.gql.run(token, aliases(10)).<Object>read("$.data.d3.id")).isEqualTo("3");
	}

	@Test
	void twoPagesOfOneToDoListAreOneCallAndEachFieldGetsItsOwnPage() {
		String token = this.gql.token("li.na");
		String page = "{ edges { node { id } } pageInfo { hasNextPage endCursor } }";
		DocumentContext alone = this.gql.run(token, "{ myTodo(first: 3) " + page + " }");
		List<String> ids = alone.read("$.data.myTodo.edges[*].node.id");
		assertThat(ids).as("li.na's to-do in the demo").hasSize(3);
		WireMockServer documents = this.stack.proxy("documents");
		documents.resetRequests();

		DocumentContext together = this.gql.run(token,
				"{ three: myTodo(first: 3) " + page + " one: myTodo(first: 1) " + page + " }");

		assertThat(documents.findAll(getRequestedFor(urlPathEqualTo("/documents/todo")))).hasSize(1);
		assertThat(together.<Object>read("$.data.three")).isEqualTo(alone.read("$.data.myTodo"));
		assertThat(together.read("$.data.one.edges[*].node.id", List.class)).containsExactly(ids.get(0));
		assertThat(together.<Boolean>read("$.data.one.pageInfo.hasNextPage")).isTrue();
		// the shorter page's cursor goes on where a page of one alone would
		DocumentContext next = this.gql.run(token, "query($after: String) { myTodo(first: 1, after: $after) " + page + " }",
				Map.of("after", together.read("$.data.one.pageInfo.endCursor")));
		assertThat(next.read("$.data.myTodo.edges[*].node.id", List.class)).containsExactly(ids.get(1));
	}

	/** {@code d3: document(id: "3") { id } ...}, n documents from the third (one in review, PUBLIC). */
	private static String aliases(int n) {
		return IntStream.range(3, 3 + n)
			.mapToObj(i -> "d" + i + ": document(id: \"" + i + "\") { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

}
