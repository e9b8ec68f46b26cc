package dev.huiju.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.huiju.mocks.MockServer;
import dev.huiju.service.support.ThreadDumpOnTimeout;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle over HTTP, on either database; subclasses choose the database. */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class DocumentsContract {

	private static final String AUTHORIZATION = "Authorization";

	/** The directory's recorded answers: every demo person, with their clearance. */
	private static final WireMockServer DIRECTORY = MockServer.start("directory", 0);

	@DynamicPropertySource
	static void directory(DynamicPropertyRegistry registry) {
		registry.add("huiju.services.directory.base-url", () -> "http://localhost:" + DIRECTORY.port());
	}

	@Autowired
	DatabaseClient db;

	WebTestClient http;

	/** Requests without a token of their own go as zhang.wei on the web portal. */
	@Autowired
	void setHttp(WebTestClient http) {
		this.http = http.mutate().defaultHeader(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).build();
	}

	@Autowired
	WebTestClient anonymous;

	long draft(String drafter, String title) {
		return draft(drafter, title, "INTERNAL");
	}

	long draft(String drafter, String title, String classification) {
		Map<?, ?> created = this.http.post().uri("/documents").header(AUTHORIZATION, ServiceTokens.bearer(drafter))
			.bodyValue(Map.of("kind", "OUTGOING", "title", title, "body", "正文", "classification", classification,
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

	@Test
	void aSummaryListAnswersTheSameDocumentsWithoutTextTrailOrRecipients() {
		String title = "summary-" + System.nanoTime();
		long id = draft("liu.yang", title);
		post("liu.yang", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "wang.fang"))))
			.expectStatus().isOk();
		for (String list : List.of("/documents?title=" + title + "&limit=10", "/documents/overdue?departmentId=dept-office&limit=1000",
				"/documents/todo?personId=wang.fang&limit=1000")) {
			Map<?, ?> full = list(list);
			Map<?, ?> summary = list(list + "&view=SUMMARY");
			assertThat(items(full)).extracting(item -> ((Number) item.get("id")).longValue()).contains(id);
			assertThat(items(full)).filteredOn(item -> ((Number) item.get("id")).longValue() == id).singleElement()
				.satisfies(item -> {
					assertThat(item.get("body")).isEqualTo("正文");
					assertThat((List<?>) item.get("steps")).hasSize(1);
					assertThat(item.get("recipients")).isEqualTo(List.of());
				});
			List<Map<Object, Object>> expected = items(full).stream().map(item -> {
				Map<Object, Object> rest = new java.util.LinkedHashMap<>(item);
				rest.put("body", null);
				rest.put("steps", null);
				rest.put("recipients", null);
				return rest;
			}).toList();
			assertThat(items(summary)).isEqualTo(expected);
			assertThat(summary.get("nextCursor")).isEqualTo(full.get("nextCursor"));
		}
		this.http.get().uri("/documents?limit=10&view=TITLES").header(AUTHORIZATION, ServiceTokens.bearer("liu.yang"))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
	}

	/** A list as the reader of its kind sees it: the to-do list as its owner, the others as the drafter. */
	private Map<?, ?> list(String uri) {
		String reader = uri.contains("personId=wang.fang") ? "wang.fang" : "liu.yang";
		return this.http.get().uri(uri).header(AUTHORIZATION, ServiceTokens.bearer(reader)).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<Object, Object>> items(Map<?, ?> page) {
		return (List<Map<Object, Object>>) page.get("items");
	}

	/** Everything stored about a document: its row, steps, recipients and revisions, to show a refusal changed none. */
	String stored(long id) {
		StringBuilder all = new StringBuilder();
		for (String sql : List.of("SELECT * FROM document WHERE id = :id", "SELECT * FROM approval_step WHERE document_id = :id ORDER BY id",
				"SELECT * FROM recipient WHERE document_id = :id ORDER BY id",
				"SELECT * FROM revision WHERE document_id = :id ORDER BY id")) {
			all.append(this.db.sql(sql).bind("id", id).fetch().all().collectList().block()).append('\n');
		}
		return all.toString();
	}

	long count(String table) {
		return this.db.sql("SELECT COUNT(*) AS n FROM " + table).map(row -> row.get("n", Long.class)).one().block();
	}

	@Test
	void nobodyDraftsAboveTheirClearanceAndNothingIsStored() {
		long before = count("document");
		this.http.post().uri("/documents").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei", "INTERNAL"))
			.bodyValue(Map.of("kind", "OUTGOING", "title", "above-" + System.nanoTime(), "classification", "SECRET",
					"departmentId", "dept-office"))
			.exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
		assertThat(count("document")).isEqualTo(before);
	}

	@Test
	void theDrafterApprovesNothingOfTheirOwnAndTheRouteIsCheckedAgainstTheDirectory() {
		long id = draft("li.na", "route-" + System.nanoTime(), "SECRET");
		String untouched = stored(id);
		// the drafter in any step
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "li.na"))))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("steps");
		// someone who does not exist
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "REVIEW", "assigneeId", "nobody"),
				Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.message").isEqualTo("there is no person nobody");
		// someone who may not read a secret document
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "zhang.wei"))))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.message").isEqualTo("zhang.wei may not read a document classified SECRET");
		assertThat(stored(id)).isEqualTo(untouched);
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "REVIEW", "assigneeId", "wang.fang"),
				Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.expectStatus().isOk();
	}

	@Test
	void anAssigneeBelowTheDocumentsLevelDecidesNothingAndTheStepStaysPending() {
		long id = draft("li.na", "decide-" + System.nanoTime(), "SECRET");
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.expectStatus().isOk();
		String pending = stored(id);
		// chen.jie on the mini-program reads public documents only, whatever his own clearance
		this.http.post().uri("/documents/" + id + "/decision")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "mini-program", "CONFIDENTIAL"))
			.bodyValue(Map.of("approve", true)).exchange()
			.expectStatus().isForbidden();
		assertThat(stored(id)).isEqualTo(pending);
	}

	@Test
	void anEditNeverLowersAClassificationAndALeaderReclassifiesWithAReasonOnRecord() {
		long id = draft("li.na", "lower-" + System.nanoTime(), "SECRET");
		String secret = stored(id);
		this.http.patch().uri("/documents/" + id).header(AUTHORIZATION, ServiceTokens.bearer("li.na"))
			.bodyValue(Map.of("classification", "PUBLIC")).exchange()
			.expectStatus().isForbidden();
		post("li.na", "/documents/" + id + "/classification", Map.of("classification", "INTERNAL", "reason", "已脱密"))
			.expectStatus().isForbidden();
		assertThat(stored(id)).isEqualTo(secret);
		this.http.post().uri("/documents/" + id + "/classification")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "web-portal", "CONFIDENTIAL", List.of("LEADER")))
			.bodyValue(Map.of("classification", "INTERNAL", "reason", "已脱密")).exchange()
			.expectStatus().isNotFound();
		// chen.jie may not read li.na's draft at all: drafts are their drafter's; a leader reclassifies what is submitted
		post("li.na", "/documents/" + id + "/submit", Map.of("steps", List.of(Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie"))))
			.expectStatus().isOk();
		this.http.post().uri("/documents/" + id + "/classification")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "web-portal", "CONFIDENTIAL", List.of("LEADER")))
			.bodyValue(Map.of("classification", "INTERNAL", "reason", "已脱密")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.classification").isEqualTo("INTERNAL");
		this.http.get().uri("/revisions?documentIds=" + id).exchange().expectBody()
			.jsonPath("$[1].editorId").isEqualTo("chen.jie")
			.jsonPath("$[1].changes[0].field").isEqualTo("classification")
			.jsonPath("$[1].changes[1].field").isEqualTo("reason")
			.jsonPath("$[1].changes[1].to").isEqualTo("已脱密");
	}

	@Test
	void convertingADocumentAboveOnesClearanceCreatesNothing() {
		Map<?, ?> incoming = this.http.post().uri("/documents/incoming").header(AUTHORIZATION, ServiceTokens.bearer("chen.jie"))
			.bodyValue(Map.of("title", "来文-" + System.nanoTime(), "docNo", "上级〔2026〕1号", "sourceOrg", "省厅",
					"classification", "CONFIDENTIAL", "departmentId", "dept-office", "recipientIds", List.of("chen.jie")))
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		long id = ((Number) incoming.get("id")).longValue();
		long before = count("document");
		this.http.post().uri("/documents/" + id + "/convert").header(AUTHORIZATION, ServiceTokens.bearer("chen.jie", "SECRET"))
			.bodyValue(Map.of("departmentId", "dept-office")).exchange()
			.expectStatus().isForbidden();
		assertThat(count("document")).isEqualTo(before);
	}

	@Test
	void recipientsExistAndMayReadTheDocumentSoACitizenReceivesOnlyPublicOnes() {
		long before = count("document");
		for (String recipient : List.of("nobody", "ma.xiaoli")) {
			this.http.post().uri("/documents/incoming").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei"))
				.bodyValue(Map.of("title", "来文-" + System.nanoTime(), "docNo", "上级〔2026〕2号", "sourceOrg", "省厅",
						"classification", "INTERNAL", "departmentId", "dept-office", "recipientIds", List.of(recipient)))
				.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("recipientIds");
		}
		assertThat(count("document")).isEqualTo(before);
	}

	@Test
	void aDelegationGoesOnlyToSomeoneWhoExists() {
		long before = count("delegation");
		post("chen.jie", "/delegations", Map.of("delegateId", "nobody", "startsAt", OffsetDateTime.now().toString(),
				"endsAt", OffsetDateTime.now().plusHours(1).toString()))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("delegateId");
		assertThat(count("delegation")).isEqualTo(before);
	}


	@Test
	void theBigScreenReadsCountsPerDepartmentAndNobodyElseDoes() {
		String machine = "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read");
		long[] before = office(machine);
		long id = draft("zhang.wei", "统计用草稿");
		long[] drafted = office(machine);
		// a draft past its due date is overdue, not yet under way
		assertThat(drafted[0]).isEqualTo(before[0]);
		assertThat(drafted[1]).isEqualTo(before[1] + 1);
		post("zhang.wei", "/documents/" + id + "/submit", Map.of("steps", List.of(
				Map.of("kind", "SIGN_OFF", "assigneeId", "chen.jie")))).expectStatus().isOk();
		assertThat(office(machine)[0]).isEqualTo(before[0] + 1);

		this.http.get().uri("/statistics").header(AUTHORIZATION, "Bearer " + ServiceTokens.machine("other")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/statistics").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/statistics").header(AUTHORIZATION,
				"Bearer " + ServiceTokens.of("chen.jie", "dashboard", "INTERNAL", List.of("LEADER"))).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].departmentId").isNotEmpty();
	}

	/** dept-office's documents under way and overdue. */
	private long[] office(String bearer) {
		List<Map<String, Object>> rows = this.http.get().uri("/statistics").header(AUTHORIZATION, bearer).exchange()
			.expectStatus().isOk().expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
		return rows.stream().filter(row -> "dept-office".equals(row.get("departmentId")))
			.map(row -> new long[] { ((Number) row.get("inProgress")).longValue(), ((Number) row.get("overdue")).longValue() })
			.findFirst().orElse(new long[] { 0, 0 });
	}

}
