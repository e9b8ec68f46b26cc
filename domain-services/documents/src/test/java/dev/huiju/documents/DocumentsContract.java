package dev.huiju.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The lifecycle over HTTP, on either database; subclasses choose the database. */
abstract class DocumentsContract {

	private static final String AUTHORIZATION = "Authorization";

	WebTestClient http;

	/** Requests without a token of their own go as zhang.wei on the web portal. */
	@Autowired
	void setHttp(WebTestClient http) {
		this.http = http.mutate().defaultHeader(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).build();
	}

	@Autowired
	WebTestClient anonymous;

	long draft(String drafter, String title) {
		Map<?, ?> created = this.http.post().uri("/documents").header(AUTHORIZATION, ServiceTokens.bearer(drafter))
			.bodyValue(Map.of("kind", "OUTGOING", "title", title, "body", "正文", "classification", "INTERNAL",
					"departmentId", "dept-office", "dueDate", "2020-01-01"))
			.exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	WebTestClient.ResponseSpec post(String actor, String path, Object body) {
		return this.http.post().uri(path).header(AUTHORIZATION, ServiceTokens.bearer(actor)).bodyValue(body).exchange();
	}

	@Test
	void aDocumentGoesFromDraftThroughCountersignAndDelegationToArchive() {
		long id = draft("zhang.wei", "lifecycle-" + System.nanoTime());
		this.http.patch().uri("/documents/" + id).header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei"))
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
		this.http.get().uri("/documents/todo?personId=wang.fang&limit=1000")
			.header(AUTHORIZATION, ServiceTokens.bearer("wang.fang")).exchange()
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
	void withoutAValidTokenNothingIsAnsweredButHealth() {
		this.anonymous.get().uri("/documents?ids=1,2").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals("WWW-Authenticate", "Bearer")
			.expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED").jsonPath("$.message").isNotEmpty();
		this.anonymous.get().uri("/documents?ids=1").header(AUTHORIZATION, "Bearer not.a.token").exchange()
			.expectStatus().isUnauthorized();
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void theTokenNamesTheActorAndHeadersNameNobody() {
		long id = draft("zhang.wei", "forged-" + System.nanoTime());
		this.http.post().uri("/documents/" + id + "/submit")
			.header(AUTHORIZATION, ServiceTokens.bearer("li.na"))
			.header("X-Acting-User", "zhang.wei")
			.bodyValue(Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/documents/" + id).exchange().expectBody().jsonPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void aReaderBelowADocumentsClassificationGetsOnlyItsIdAndLevel() {
		long id = draft("zhang.wei", "withheld-" + System.nanoTime());
		this.http.get().uri("/documents?ids=" + id)
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("zhang.wei", "web-portal", "PUBLIC"))
			.header("X-Clearance", "CONFIDENTIAL")
			.exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$[0].id").isEqualTo(id)
			.jsonPath("$[0].classification").isEqualTo("INTERNAL")
			.jsonPath("$[0].title").doesNotExist()
			.jsonPath("$[0].body").doesNotExist();
		this.http.get().uri("/revisions?documentIds=" + id)
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("zhang.wei", "mini-program", "CONFIDENTIAL"))
			.exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void aToDoListIsShownToItsOwnerOnly() {
		this.http.get().uri("/documents/todo?personId=wang.fang&limit=5").exchange()
			.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
	}

	@Test
	void overdueListsOpenDocumentsPastTheirDueDate() {
		long id = draft("liu.yang", "overdue-" + System.nanoTime());
		this.http.get().uri("/documents/overdue?departmentId=dept-office&limit=1000")
			.header(AUTHORIZATION, ServiceTokens.bearer("liu.yang")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == " + id + ")]").exists();
	}

}
