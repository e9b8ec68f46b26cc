package dev.huiju.stack;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The document lifecycle through /graphql with real tokens; subclasses choose the database. */
abstract class DocumentLifecycleContract {

	static final String DOCUMENT_FIELDS = """
			id status version docNo title kind classification sourceDocumentId updatedAt
			drafter { name department { name } }
			approvers { id }
			approvalSteps { round position kind status assignee { id } decidedBy { name } onBehalfOf { name } opinion }
			recipients { person { id } readAt }
			revisions { number editor { id } changes { field from to } }
			""";

	static final String PAYLOAD = "{ document { " + DOCUMENT_FIELDS + " } errors { code message field } }";

	abstract TestStack stack();

	GraphQl gql() {
		return stack().graphQl();
	}

	DocumentContext mutate(String user, String mutation, Map<String, Object> input) {
		return gql().run(gql().token(user), "mutation($input: " + inputType(mutation) + "!) { " + mutation
				+ "(input: $input) " + PAYLOAD + " }", Map.of("input", input));
	}

	DocumentContext document(String user, String id) {
		return gql().run(gql().token(user), "query($id: ID!) { document(id: $id) { " + DOCUMENT_FIELDS + " } }",
				Map.of("id", id));
	}

	/** The document as stored, without the response's watermark, which differs on every request. */
	String stored(String user, String id) {
		return com.jayway.jsonpath.JsonPath.parse((Object) document(user, id).read("$.data")).jsonString();
	}

	String draft(String user, String title) {
		DocumentContext result = mutate(user, "draftDocument",
				Map.of("kind", "OUTGOING", "title", title, "body", "正文", "classification", "INTERNAL", "urgency",
						"URGENT", "dueDate", "2020-06-30"));
		assertThat(result.read("$.data.draftDocument.errors", List.class)).isEmpty();
		return result.read("$.data.draftDocument.document.id");
	}

	@Test
	void aDocumentIsDraftedEditedCountersignedSignedOffByADelegateIssuedReadAndArchived() {
		String id = draft("zhang.wei", "全流程测试");
		DocumentContext drafted = document("zhang.wei", id);
		assertThat(drafted.read("$.data.document.drafter.name", String.class)).isEqualTo("张伟");
		assertThat(drafted.read("$.data.document.drafter.department.name", String.class)).isEqualTo("市政府办公厅");

		DocumentContext edited = mutate("zhang.wei", "editDocument",
				Map.of("id", id, "expectedVersion", 1, "title", "全流程测试（修改）"));
		assertThat(edited.read("$.data.editDocument.document.version", Integer.class)).isEqualTo(2);
		assertThat(edited.read("$.data.editDocument.document.revisions[1].changes[0].to", String.class))
			.isEqualTo("全流程测试（修改）");
		assertThat(edited.read("$.data.editDocument.document.revisions[1].editor.id", String.class)).isEqualTo("zhang.wei");

		DocumentContext submitted = mutate("zhang.wei", "submitDocument", Map.of("id", id, "steps",
				List.of(Map.of("kind", "COUNTERSIGN", "assigneeId", "li.na"),
						Map.of("kind", "COUNTERSIGN", "assigneeId", "wang.fang"),
						Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))));
		assertThat(submitted.read("$.data.submitDocument.document.status", String.class)).isEqualTo("IN_APPROVAL");
		assertThat(submitted.read("$.data.submitDocument.document.approvers[*].id", List.class))
			.containsExactly("li.na", "wang.fang", "chen.jie");

		DocumentContext todo = gql().run(gql().token("wang.fang", "mobile-app"),
				"{ myTodo(first: 50) { edges { node { id } } } }");
		assertThat(todo.read("$.data.myTodo.edges[*].node.id", List.class)).contains(id);

		approve("li.na", id, "同意");
		DocumentContext second = approve("wang.fang", id, "同意");
		assertThat(second.read("$.data.approveDocument.document.approvalSteps[2].status", String.class))
			.isEqualTo("PENDING");

		DocumentContext delegated = gql().run(gql().token("chen.jie"),
				"mutation($input: DelegateApprovalInput!) { delegateApproval(input: $input) { delegation { delegate { id } } errors { code } } }",
				Map.of("input", Map.of("delegateId", "li.na", "startsAt", OffsetDateTime.now().minusHours(1).toString(),
						"endsAt", OffsetDateTime.now().plusHours(1).toString())));
		assertThat(delegated.read("$.data.delegateApproval.delegation.delegate.id", String.class)).isEqualTo("li.na");
		DocumentContext signed = approve("li.na", id, "代为签发");
		assertThat(signed.read("$.data.approveDocument.document.status", String.class)).isEqualTo("APPROVED");
		assertThat(signed.read("$.data.approveDocument.document.approvalSteps[2].decidedBy.name", String.class))
			.isEqualTo("李娜");
		assertThat(signed.read("$.data.approveDocument.document.approvalSteps[2].onBehalfOf.name", String.class))
			.isEqualTo("陈杰");

		DocumentContext issued = mutate("zhang.wei", "issueDocument", Map.of("id", id, "recipientIds", List.of("liu.yang")));
		assertThat(issued.read("$.data.issueDocument.document.status", String.class)).isEqualTo("ISSUED");
		assertThat(issued.read("$.data.issueDocument.document.docNo", String.class)).contains(id);

		DocumentContext read = mutate("liu.yang", "markDocumentRead", Map.of("id", id));
		assertThat(read.read("$.data.markDocumentRead.document.recipients[0].readAt", String.class)).isNotBlank();

		DocumentContext archived = mutate("zhang.wei", "archiveDocument", Map.of("id", id));
		assertThat(archived.read("$.data.archiveDocument.document.status", String.class)).isEqualTo("ARCHIVED");
	}

	@Test
	void aDelegateCannotDecideOnceTheDelegationHasEnded() throws InterruptedException {
		String id = draft("zhang.wei", "委托到期测试");
		mutate("zhang.wei", "submitDocument",
				Map.of("id", id, "steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "wang.fang"))));
		OffsetDateTime ends = OffsetDateTime.now().plusSeconds(2);
		DocumentContext delegated = gql().run(gql().token("wang.fang"),
				"mutation($input: DelegateApprovalInput!) { delegateApproval(input: $input) { delegation { id } errors { code } } }",
				Map.of("input", Map.of("delegateId", "liu.yang", "startsAt", OffsetDateTime.now().minusMinutes(1).toString(),
						"endsAt", ends.toString())));
		assertThat(delegated.read("$.data.delegateApproval.errors", List.class)).isEmpty();
		String todo = "{ myTodo(first: 50) { edges { node { id } } } me { actingFor { id } } }";
		DocumentContext during = gql().run(gql().token("liu.yang"), todo);
		assertThat(during.read("$.data.myTodo.edges[*].node.id", List.class)).contains(id);
		assertThat(during.read("$.data.me.actingFor[*].id", List.class)).contains("wang.fang");
		while (!OffsetDateTime.now().isAfter(ends.plusNanos(200_000_000))) {
			Thread.sleep(100);
		}
		String before = stored("zhang.wei", id);

		DocumentContext late = approve("liu.yang", id, "过期代签");
		assertThat(late.read("$.data.approveDocument.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");
		assertThat(late.read("$.data.approveDocument.document", Object.class)).isNull();
		assertThat(stored("zhang.wei", id)).isEqualTo(before);
		DocumentContext after = gql().run(gql().token("liu.yang"), todo);
		assertThat(after.read("$.data.myTodo.edges[*].node.id", List.class)).doesNotContain(id);
		assertThat(after.read("$.data.me.actingFor[*].id", List.class)).doesNotContain("wang.fang");
	}

	@Test
	void illegalTransitionsAreRefusedWithTypedErrorsAndChangeNothing() {
		String id = draft("zhang.wei", "非法操作测试");
		mutate("zhang.wei", "submitDocument",
				Map.of("id", id, "steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "wang.fang"))));
		String before = stored("zhang.wei", id);

		DocumentContext notAssignee = approve("li.na", id, "越权");
		assertThat(notAssignee.read("$.data.approveDocument.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");
		assertThat(notAssignee.read("$.data.approveDocument.document", Object.class)).isNull();

		DocumentContext notDrafter = mutate("liu.yang", "editDocument", Map.of("id", id, "title", "篡改"));
		assertThat(notDrafter.read("$.data.editDocument.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");

		DocumentContext editInApproval = mutate("zhang.wei", "editDocument", Map.of("id", id, "title", "审批中修改"));
		assertThat(editInApproval.read("$.data.editDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(stored("zhang.wei", id)).isEqualTo(before);

		mutate("zhang.wei", "withdrawDocument", Map.of("id", id, "reason", "需要修改"));
		String withdrawn = stored("zhang.wei", id);
		DocumentContext approveWithdrawn = approve("wang.fang", id, "同意");
		assertThat(approveWithdrawn.read("$.data.approveDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		DocumentContext issueWithdrawn = mutate("zhang.wei", "issueDocument", Map.of("id", id, "recipientIds", List.of("li.na")));
		assertThat(issueWithdrawn.read("$.data.issueDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(stored("zhang.wei", id)).isEqualTo(withdrawn);
		assertThat(document("zhang.wei", id).read("$.data.document.approvalSteps[0].status", String.class))
			.isEqualTo("CANCELLED");
	}

	@Test
	void editingAfterIssueIsRefused() {
		String id = draft("liu.yang", "印发后修改测试");
		mutate("liu.yang", "submitDocument",
				Map.of("id", id, "steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "wang.fang"))));
		approve("wang.fang", id, "同意");
		mutate("liu.yang", "issueDocument", Map.of("id", id, "recipientIds", List.of("zhang.wei")));
		String issued = stored("liu.yang", id);
		DocumentContext edit = mutate("liu.yang", "editDocument", Map.of("id", id, "body", "印发后改动"));
		assertThat(edit.read("$.data.editDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(stored("liu.yang", id)).isEqualTo(issued);
	}

	@Test
	void malformedInputGetsBadUserInputAndStoresNothing() {
		String title = "无效输入-" + System.nanoTime();
		DocumentContext emptyTitle = mutate("zhang.wei", "draftDocument",
				Map.of("kind", "OUTGOING", "title", "", "classification", "INTERNAL"));
		assertThat(emptyTitle.read("$.data.draftDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(emptyTitle.read("$.data.draftDocument.errors[0].field", List.class)).containsExactly("title");

		gql().exchange(gql().token("zhang.wei"),
				"mutation($input: DraftDocumentInput!) { draftDocument(input: $input) { errors { code } } }",
				Map.of("input", Map.of("kind", "NOT_A_KIND", "title", title, "classification", "INTERNAL")),
				MediaType.parseMediaType("application/graphql-response+json"))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT").jsonPath("$.data").doesNotExist();

		DocumentContext bogusId = mutate("zhang.wei", "archiveDocument", Map.of("id", "x'; DROP TABLE document;--"));
		assertThat(bogusId.read("$.data.archiveDocument.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");

		DocumentContext search = gql().run(gql().token("zhang.wei"),
				"query($t: String!) { searchDocuments(text: $t) { edges { node { id } } } }", Map.of("t", title));
		assertThat(search.read("$.data.searchDocuments.edges", List.class)).isEmpty();
	}

	@Test
	void anIncomingDocumentIsRegisteredReadAndConvertedIntoAnOutgoingDraft() {
		DocumentContext registered = mutate("zhang.wei", "registerIncomingDocument",
				Map.of("title", "省政府来文", "docNo", "省办〔2026〕7号", "sourceOrg", "省人民政府办公厅", "classification",
						"INTERNAL", "recipientIds", List.of("li.na")));
		String incoming = registered.read("$.data.registerIncomingDocument.document.id");
		assertThat(registered.read("$.data.registerIncomingDocument.document.status", String.class)).isEqualTo("REGISTERED");
		mutate("li.na", "markDocumentRead", Map.of("id", incoming));
		DocumentContext converted = mutate("li.na", "convertIncomingDocument", Map.of("id", incoming, "title", "转办通知"));
		assertThat(converted.read("$.data.convertIncomingDocument.document.kind", String.class)).isEqualTo("OUTGOING");
		assertThat(converted.read("$.data.convertIncomingDocument.document.status", String.class)).isEqualTo("DRAFT");
		assertThat(converted.read("$.data.convertIncomingDocument.document.sourceDocumentId", String.class))
			.isEqualTo(incoming);
		DocumentContext stranger = mutate("liu.yang", "convertIncomingDocument", Map.of("id", incoming));
		assertThat(stranger.read("$.data.convertIncomingDocument.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");
	}

	@Test
	void documentsArePagedByCursorAndFilteredAndOverdueOnesListed() {
		String marker = "分页-" + System.nanoTime();
		List<String> ids = List.of(draft("zhang.wei", marker + "-1"), draft("zhang.wei", marker + "-2"),
				draft("zhang.wei", marker + "-3"));
		String query = "query($f: DocumentFilter, $after: String) { documents(filter: $f, first: 2, after: $after) "
				+ "{ edges { cursor node { id overdue } } pageInfo { hasNextPage endCursor } } }";
		Map<String, Object> filter = Map.of("title", marker, "status", List.of("DRAFT"), "departmentId", "dept-office");
		DocumentContext first = gql().run(gql().token("zhang.wei"), query, Map.of("f", filter));
		assertThat(first.read("$.data.documents.edges[*].node.id", List.class)).containsExactly(ids.get(2), ids.get(1));
		assertThat(first.read("$.data.documents.pageInfo.hasNextPage", Boolean.class)).isTrue();
		String cursor = first.read("$.data.documents.pageInfo.endCursor");
		DocumentContext second = gql().run(gql().token("zhang.wei"), query,
				Map.of("f", filter, "after", cursor));
		assertThat(second.read("$.data.documents.edges[*].node.id", List.class)).containsExactly(ids.get(0));
		assertThat(second.read("$.data.documents.pageInfo.hasNextPage", Boolean.class)).isFalse();
		assertThat(second.read("$.data.documents.edges[0].node.overdue", Boolean.class)).isTrue();

		DocumentContext overdue = gql().run(gql().token("zhang.wei"),
				"{ overdueDocuments(departmentId: \"dept-office\", first: 1000) { edges { node { id } } } }");
		assertThat(overdue.read("$.data.overdueDocuments.edges[*].node.id", List.class)).containsAll(ids);

		gql().exchange(gql().token("zhang.wei"), query, Map.of("f", filter, "after", "not-a-cursor"))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT");
	}

	private DocumentContext approve(String user, String id, String opinion) {
		return mutate(user, "approveDocument", Map.of("id", id, "opinion", opinion));
	}

	private static String inputType(String mutation) {
		return switch (mutation) {
			case "approveDocument", "rejectDocument" -> "DecideDocumentInput";
			case "markDocumentRead", "archiveDocument" -> "DocumentIdInput";
			case "convertIncomingDocument" -> "ConvertIncomingDocumentInput";
			default -> Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		};
	}

}
