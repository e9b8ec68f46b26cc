package dev.huiju.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elder care through /graphql on the PostgreSQL stack with its demo data: an ID number read in clear is named in
 * the audit trail and a masked one is not, a resident is found by ID number through the blind index, an
 * application goes from the street to the district through both their to-do lists, and an admission shows in
 * the institution's beds at once.
 */
class EldercareIntegrationTests {

	/** Resident 1 of the demo, of 滨江街道 (wu.hao's street). */
	private static final String RESIDENT_1_ID_NUMBER = "110101195903130018";

	private final TestStack stack = TestStack.postgres();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void anIdNumberReadInClearIsNamedInTheAuditTrailAndAMaskedOneIsNot() throws InterruptedException {
		String operation = "ClearIdRead" + System.nanoTime();
		DocumentContext read = this.gql.run(this.gql.token("wu.hao"),
				"query " + operation + " { resident(id: \"1\") { idNumber } }");
		assertThat(read.read("$.data.resident.idNumber", String.class)).isEqualTo(RESIDENT_1_ID_NUMBER);
		String masked = "MaskedIdRead" + System.nanoTime();
		DocumentContext person = this.gql.run(this.gql.token("zhang.wei"),
				"query " + masked + " { person(id: \"wu.hao\") { idNumber } }");
		assertThat(person.read("$.data.person.idNumber", String.class)).contains("*");

		String auditor = this.gql.token("admin.audit");
		assertThat(objectsOf(auditor, operation)).contains("ID_NUMBER in clear: Resident:1");
		assertThat(objectsOf(auditor, masked)).noneMatch(entry -> entry.contains("in clear"));
	}

	@Test
	void aResidentIsFoundByIdNumberOnlyInsideTheCallersRegion() {
		String query = "query($n: String!) { residentByIdNumber(idNumber: $n) { id streetId } }";
		assertThat(this.gql.run(this.gql.token("wu.hao"), query, Map.of("n", RESIDENT_1_ID_NUMBER))
			.read("$.data.residentByIdNumber.id", String.class)).isEqualTo("1");
		assertThat(this.gql.run(this.gql.token("sun.li"), query, Map.of("n", RESIDENT_1_ID_NUMBER))
			.read("$.data.residentByIdNumber.streetId", String.class)).isEqualTo("s-riverside");
		DocumentContext wrong = this.gql.run(this.gql.token("wu.hao"), query, Map.of("n", "110101195903130019"));
		assertThat(wrong.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void anApplicationGoesFromTheStreetToTheDistrictThroughTheirToDoLists() {
		String street = this.gql.token("wu.hao");
		String district = this.gql.token("zhou.min");
		String submit = """
				mutation($r: ID!) { submitElderCareApplication(input: { residentId: $r, kind: MEAL_SUBSIDY }) {
				  application { id status resident { id } } errors { code reason } } }
				""";
		String resident = freshResident(street);
		DocumentContext submitted = this.gql.run(street, submit, Map.of("r", resident));
		assertThat(submitted.read("$.data.submitElderCareApplication.errors", List.class)).isEmpty();
		String id = submitted.read("$.data.submitElderCareApplication.application.id");
		assertThat(todo(street)).contains("eldercare:" + id);
		assertThat(todo(district)).doesNotContain("eldercare:" + id);

		String decide = """
				mutation($a: ID!) { decideElderCareApplication(input: { applicationId: $a, approve: true }) {
				  application { status decisions { tier reviewer { name } } } errors { code reason } } }
				""";
		assertThat(this.gql.run(district, decide, Map.of("a", id)).read(
				"$.data.decideElderCareApplication.errors[0].reason", String.class)).isEqualTo("STREET_REVIEW_FIRST");
		assertThat(this.gql.run(street, decide, Map.of("a", id)).read(
				"$.data.decideElderCareApplication.application.status", String.class)).isEqualTo("STREET_APPROVED");
		assertThat(todo(district)).contains("eldercare:" + id);
		DocumentContext approved = this.gql.run(district, decide, Map.of("a", id));
		assertThat(approved.read("$.data.decideElderCareApplication.application.status", String.class)).isEqualTo("APPROVED");
		assertThat(approved.read("$.data.decideElderCareApplication.application.decisions[*].reviewer.name", List.class))
			.containsExactly("吴昊", "周敏");
	}

	@Test
	void anAdmissionShowsInTheInstitutionsBedsAtOnce() {
		String street = this.gql.token("wu.hao");
		String beds = "{ institutions { id occupied } }";
		List<Map<String, Object>> before = this.gql.run(street, beds).read("$.data.institutions");
		// Institution 4 (东城康乐护理院) admits residents of the whole city.
		int occupied = before.stream().filter(i -> i.get("id").equals("4")).map(i -> (Integer) i.get("occupied"))
			.findFirst().orElseThrow();
		DocumentContext admitted = this.gql.run(street, """
				mutation($r: ID!) { admitToInstitution(input: { institutionId: "4", residentId: $r }) {
				  institution { occupied } errors { code reason } } }
				""", Map.of("r", freshResident(street)));
		assertThat(admitted.read("$.data.admitToInstitution.errors", List.class)).isEmpty();
		assertThat((int) admitted.read("$.data.admitToInstitution.institution.occupied")).isEqualTo(occupied + 1);
		List<Map<String, Object>> after = this.gql.run(this.gql.token("zhou.min"), beds).read("$.data.institutions");
		assertThat(after.stream().filter(i -> i.get("id").equals("4")).map(i -> (Integer) i.get("occupied")).findFirst()
			.orElseThrow()).isEqualTo(occupied + 1);
	}

	@Test
	void aPageOfResidentsWithTheirOpenApplicationsAndMealsIsOneCallToEachService() {
		WireMockServer eldercare = this.stack.proxy("eldercare");
		WireMockServer dining = this.stack.proxy("dining");
		WireMockServer directory = this.stack.proxy("directory");
		String query = """
				{ residents(first: 50) { id name streetId applications(open: true) { id status }
				  diner { id name } mealSubsidies { id status } mealReservations { id day } } }
				""";
		for (WireMockServer proxy : List.of(eldercare, dining, directory)) {
			proxy.resetRequests();
		}
		DocumentContext page = this.gql.run(this.gql.token("wu.hao"), query);
		assertThat(page.read("$", Map.class)).doesNotContainKey("errors");
		List<Map<String, Object>> residents = page.read("$.data.residents");
		assertThat(residents).hasSize(50).allMatch(r -> "s-riverside".equals(r.get("streetId")));
		// the page, then every resident's applications: two calls to elder care; one to dining for every diner
		assertThat(calls(eldercare)).isEqualTo(2);
		assertThat(calls(dining)).isEqualTo(1);
		assertThat(calls(directory)).isZero();

		Map<String, Object> first = residents.get(0);
		assertThat(first.get("id")).isEqualTo("1");
		assertThat(page.read("$.data.residents[0].diner.name", String.class)).isEqualTo("马国强").isEqualTo(first.get("name"));
		assertThat(page.read("$.data.residents[0].mealSubsidies", List.class)).isNotEmpty();
		List<Map<String, Object>> diners = residents.stream().filter(r -> r.get("diner") != null).toList();
		// residents 1, 4, 7, ..., 37 of 滨江街道 are the demo's diners, under the same names
		assertThat(diners).hasSize(13).allMatch(r -> ((Map<?, ?>) r.get("diner")).get("name").equals(r.get("name")));
		assertThat(residents.stream().filter(r -> r.get("diner") == null))
			.allMatch(r -> ((List<?>) r.get("mealSubsidies")).isEmpty() && ((List<?>) r.get("mealReservations")).isEmpty());
		List<String> open = page.read("$.data.residents[*].applications[*].status");
		assertThat(open).isNotEmpty().allMatch(status -> status.equals("SUBMITTED") || status.equals("STREET_APPROVED"));

		// A city account reads the same link; dining scopes it to the caller's region as elder care does.
		DocumentContext city = this.gql.run(this.gql.token("sun.li"), "{ residents(first: 5) { id diner { id } } }");
		assertThat(city.read("$.data.residents[0].id", String.class)).isEqualTo("1");
		assertThat(city.read("$.data.residents[0].diner.id", String.class)).isEqualTo("ma.guoqiang");
	}

	private static int calls(WireMockServer proxy) {
		return proxy.findAll(getRequestedFor(urlPathMatching("/.*"))).size();
	}

	private String freshResident(String token) {
		long n = System.nanoTime() % 100_000_000_000L;
		String first17 = "110105" + String.format("%011d", n);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		String number = first17 + "10X98765432".charAt(sum % 11);
		DocumentContext registered = this.gql.run(token, """
				mutation($n: String!) { registerResident(input: { name: "测试长者", idNumber: $n, birthDate: "1940-02-02",
				  streetId: "s-riverside", phone: "13900000003", address: "测试里1号", careLevel: 2 }) {
				  resident { id } errors { code reason message } } }
				""", Map.of("n", number));
		assertThat(registered.read("$.data.registerResident.errors", List.class)).isEmpty();
		return registered.read("$.data.registerResident.resident.id");
	}

	private List<String> todo(String token) {
		return this.gql.run(token, "{ todo(first: 200) { items { id } } }").read("$.data.todo.items[*].id");
	}

	@SuppressWarnings("unchecked")
	private List<String> objectsOf(String auditor, String operation) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			DocumentContext answer = this.gql.run(auditor, """
					query($f: AuditFilter) { auditEvents(filter: $f, first: 5) { edges { node { objects } } } }
					""", Map.of("f", Map.of("operationName", operation)));
			// Just after the event is offered, the trail may not have written it yet.
			if (answer.read("$.data.auditEvents") != null) {
				List<List<String>> found = answer.read("$.data.auditEvents.edges[*].node.objects");
				if (!found.isEmpty()) {
					return found.get(0);
				}
			}
			assertThat(System.nanoTime()).as("the audit event of " + operation).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

}
