package dev.huiju.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The lifecycle over HTTP, on either database; subclasses choose the database. */
abstract class DocumentsContract {

	@Autowired
	WebTestClient http;

	long draft(String drafter, String title) {
		Map<?, ?> created = this.http.post().uri("/documents").header(ActingUser.HEADER, drafter)
			.bodyValue(Map.of("kind", "OUTGOING", "title", title, "body", "正文", "classification", "INTERNAL",
					"departmentId", "dept-office", "dueDate", "2020-01-01"))
			.exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	WebTestClient.ResponseSpec post(String actor, String path, Object body) {
		return this.http.post().uri(path).header(ActingUser.HEADER, actor).bodyValue(body).exchange();
	}

	@Test
	void aDocumentGoesFromDraftThroughCountersignAndDelegationToArchive() {
		long id = draft("zhang.wei", "lifecycle-" + System.nanoTime());
		this.http.patch().uri("/documents/" + id).header(ActingUser.HEADER, "zhang.wei")
			.bodyValue(Map.of("expectedVersion", 1, "title", "修改后的标题")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
		post("zhang.wei", "/documents/" + id + "/submit", Map.of("steps", List.of(
				Map.of("kind", "COUNTERSIGN", "assigneeId", "li.na"),
				Map.of("kind", "COUNTERSIGN", "assigneeId", "wang.fang"),
				Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("IN_APPROVAL")
			.jsonPath("$.steps[0].status").isEqualTo("PENDING")
			.jsonPath("$.steps[1].status").isEqualTo("PENDING")
			.jsonPath("$.steps[2].status").isEqualTo("WAITING");
		this.http.get().uri("/documents/todo?personId=wang.fang&limit=1000").exchange()
			.expectBody().jsonPath("$.items[?(@.id == " + id + ")]").exists();

		post("li.na", "/documents/" + id + "/decision", Map.of("approve", true, "opinion", "同意")).expectStatus().isOk();
		post("wang.fang", "/documents/" + id + "/decision", Map.of("approve", true)).expectStatus().isOk()
			.expectBody().jsonPath("$.steps[2].status").isEqualTo("PENDING");

		post("chen.jie", "/delegations", Map.of("delegateId", "li.na", "startsAt",
				OffsetDateTime.now().minusHours(1).toString(), "endsAt", OffsetDateTime.now().plusHours(1).toString()))
			.expectStatus().isCreated();
		post("li.na", "/documents/" + id + "/decision", Map.of("approve", true, "opinion", "代签"))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("APPROVED")
			.jsonPath("$.steps[2].decidedBy").isEqualTo("li.na")
			.jsonPath("$.steps[2].onBehalfOf").isEqualTo("chen.jie");

		post("zhang.wei", "/documents/" + id + "/issue", Map.of("recipientIds", List.of("liu.yang")))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("ISSUED").jsonPath("$.docNo").isNotEmpty();
		post("liu.yang", "/documents/" + id + "/read", Map.of()).expectStatus().isOk()
			.expectBody().jsonPath("$.recipients[0].readAt").isNotEmpty();
		post("zhang.wei", "/documents/" + id + "/archive", Map.of()).expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("ARCHIVED");
		this.http.get().uri("/revisions?documentIds=" + id).exchange().expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			.jsonPath("$[1].changes[0].field").isEqualTo("title")
			.jsonPath("$[1].changes[0].to").isEqualTo("修改后的标题");
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		long id = draft("zhang.wei", "illegal-" + System.nanoTime());
		post("zhang.wei", "/documents/" + id + "/submit", Map.of("steps", List.of(
				Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie")))).expectStatus().isOk();
		post("li.na", "/documents/" + id + "/decision", Map.of("approve", true)).expectStatus().isForbidden()
			.expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
		post("zhang.wei", "/documents/" + id + "/withdraw", Map.of()).expectStatus().isOk();
		post("chen.jie", "/documents/" + id + "/decision", Map.of("approve", true)).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
		this.http.get().uri("/documents/" + id).exchange().expectBody()
			.jsonPath("$.status").isEqualTo("WITHDRAWN")
			.jsonPath("$.version").isEqualTo(3)
			.jsonPath("$.steps[0].status").isEqualTo("CANCELLED")
			.jsonPath("$.steps[0].decidedBy").doesNotExist();
	}

	@Test
	void overdueListsOpenDocumentsPastTheirDueDate() {
		long id = draft("liu.yang", "overdue-" + System.nanoTime());
		this.http.get().uri("/documents/overdue?departmentId=dept-office&limit=1000").exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == " + id + ")]").exists();
	}

}
