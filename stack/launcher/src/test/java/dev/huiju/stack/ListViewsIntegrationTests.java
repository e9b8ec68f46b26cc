package dev.huiju.stack;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of documents whose operation selects only what a summary carries asks the documents service for the
 * summary (no text, trail or recipients), and answers exactly what the full view would; anything more asks for
 * the full view. Seen at the WireMock proxy in front of the real service.
 */
class ListViewsIntegrationTests {

	private static final String SUMMARY_FIELDS = "id title status urgency dueDate overdue version drafter { name } department { name }";

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void aScreenOfTitlesAndDatesGetsSummariesAndTheSameAnswer() {
		String token = this.gql.token("li.na");
		String summaries = """
				query($dept: ID) {
				  myTodo(first: 10) { edges { node { ...row } } }
				  latest: documents(first: 10) { edges { node { ...row } } }
				  overdueDocuments(departmentId: $dept, first: 10) { edges { node { id ...row } } }
				}
				fragment row on Document { %s }
				""".formatted(SUMMARY_FIELDS);
		String withText = summaries.replace("fragment row on Document { ",
				"fragment row on Document { body approvalSteps { kind status } recipients { readAt } ");
		WireMockServer documents = this.stack.proxy("documents");
		Map<String, Object> dept = Map.of("dept", "dept-office");

		documents.resetRequests();
		DocumentContext summary = this.gql.run(token, summaries, dept);
		List<LoggedRequest> summaryCalls = documents.findAll(getRequestedFor(urlPathMatching("/documents.*")));
		documents.resetRequests();
		DocumentContext full = this.gql.run(token, withText, dept);
		List<LoggedRequest> fullCalls = documents.findAll(getRequestedFor(urlPathMatching("/documents.*")));

		assertThat(summary.jsonString()).doesNotContain("\"errors\"");
		assertThat(full.jsonString()).doesNotContain("\"errors\"");
		assertThat(summaryCalls).extracting(LoggedRequest::getUrl).hasSize(3)
			.allSatisfy(url -> assertThat(url).contains("view=SUMMARY"));
		assertThat(fullCalls).extracting(LoggedRequest::getUrl).hasSize(3)
			.allSatisfy(url -> assertThat(url).doesNotContain("view="));
		for (String list : List.of("myTodo", "latest", "overdueDocuments")) {
			List<Map<String, Object>> nodes = summary.read("$.data." + list + ".edges[*].node");
			List<Map<String, Object>> fullNodes = full.read("$.data." + list + ".edges[*].node");
			assertThat(nodes).as(list).isNotEmpty().hasSameSizeAs(fullNodes);
			for (int i = 0; i < nodes.size(); i++) {
				Map<String, Object> trimmed = new java.util.LinkedHashMap<>(fullNodes.get(i));
				assertThat(trimmed.remove("body")).as("text of " + list).isInstanceOf(String.class);
				assertThat(trimmed.remove("approvalSteps")).isInstanceOf(List.class);
				assertThat(trimmed.remove("recipients")).isInstanceOf(List.class);
				assertThat(nodes.get(i)).as(list).isEqualTo(trimmed);
			}
		}
	}

	@Test
	void anAliasThatNeedsTheTrailMakesTheSharedCallAFullOne() {
		String token = this.gql.token("li.na");
		WireMockServer documents = this.stack.proxy("documents");
		documents.resetRequests();
		DocumentContext answer = this.gql.run(token, """
				{ myTodo(first: 5) { edges { node { id title urgency dueDate } } }
				  first: myTodo(first: 1) { edges { node { id approvalSteps { kind status assignee { name } } } } } }
				""");
		assertThat(answer.jsonString()).doesNotContain("\"errors\"");
		assertThat(answer.read("$.data.first.edges[0].node.approvalSteps", List.class)).isNotEmpty();
		assertThat(documents.findAll(getRequestedFor(urlPathMatching("/documents/todo")))).singleElement()
			.satisfies(call -> assertThat(call.getUrl()).doesNotContain("view="));
	}

	@Test
	void aPreviewNeedsTheText() {
		String token = this.gql.token("li.na");
		WireMockServer documents = this.stack.proxy("documents");
		documents.resetRequests();
		DocumentContext answer = this.gql.run(token, "{ documents(first: 3) { edges { node { id preview { excerpt } } } } }");
		assertThat(answer.jsonString()).doesNotContain("\"errors\"");
		assertThat(documents.findAll(getRequestedFor(urlPathMatching("/documents")))).singleElement()
			.satisfies(call -> assertThat(call.getUrl()).doesNotContain("view="));
		List<Map<String, Object>> nodes = answer.read("$.data.documents.edges[*].node");
		assertThat(nodes).hasSize(3);
		for (Map<String, Object> node : nodes) {
			// the text as the document alone answers it (always in full): the excerpt is its start
			String body = this.gql.run(token, "{ document(id: \"" + node.get("id") + "\") { body } }").read("$.data.document.body");
			String excerpt = (String) ((Map<?, ?>) node.get("preview")).get("excerpt");
			assertThat(body).startsWith(excerpt);
			assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(Math.min(200, body.codePointCount(0, body.length())));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCrossDomainToDoAsksForSummariesUnlessADocumentItemNeedsMore() {
		String token = this.gql.token("li.na");
		WireMockServer documents = this.stack.proxy("documents");
		String titles = """
				{ todo(first: 20) { unavailable items { id title dueAt urgency
				  ... on DocumentTodo { document { id title status drafter { name } } } } } }
				""";
		documents.resetRequests();
		DocumentContext summary = this.gql.run(token, titles);
		List<LoggedRequest> summaryCalls = documents.findAll(getRequestedFor(urlPathMatching("/documents/todo")));
		documents.resetRequests();
		DocumentContext full = this.gql.run(token, titles.replace("drafter { name }", "drafter { name } body"));
		List<LoggedRequest> fullCalls = documents.findAll(getRequestedFor(urlPathMatching("/documents/todo")));

		assertThat(summaryCalls).singleElement().satisfies(call -> assertThat(call.getUrl()).contains("view=SUMMARY"));
		assertThat(fullCalls).singleElement().satisfies(call -> assertThat(call.getUrl()).doesNotContain("view="));
		assertThat(summary.read("$.data.todo.unavailable", List.class)).isEmpty();
		List<Map<String, Object>> items = summary.read("$.data.todo.items[?(@.document)]");
		List<Map<String, Object>> fullItems = full.read("$.data.todo.items[?(@.document)]");
		assertThat(items).isNotEmpty().hasSameSizeAs(fullItems);
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = new java.util.LinkedHashMap<>(fullItems.get(i));
			Map<String, Object> document = new java.util.LinkedHashMap<>((Map<String, Object>) item.get("document"));
			assertThat(document.remove("body")).isInstanceOf(String.class);
			item.put("document", document);
			assertThat(items.get(i)).isEqualTo(item);
		}
	}

}
