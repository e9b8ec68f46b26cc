package dev.huiju.eldercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.huiju.eldercare.idnumbers.IdNumbers;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Elder care over HTTP, on either database; subclasses choose it. Keys: ID numbers of the past were sealed under
 * {@code old-1}; new ones under {@code cur-2}. Each test registers residents of its own, with ID numbers drawn
 * from a counter, so tests never meet one another's rows.
 */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class EldercareContract {

	static final String OLD_KEY = "old-1:9mQ2cXv7tL0pZr8YfN3kWs6bHj1gDa5eUo4iRx7nPqE=";

	static final String CURRENT_KEY = "cur-2:Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c=";

	static final String INDEX_KEY = "Zt4Lw8Qe2Rb6Ny0Vm3Ck7Jx1Hs5Fd9Ga2Up6Io8Ey4T=";

	/** The directory's recorded answers say which district each street is in. */
	private static final WireMockServer DIRECTORY = MockServer.start("directory", 0);

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 9000));

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("huiju.services.directory.base-url", () -> "http://localhost:" + DIRECTORY.port());
		registry.add("huiju.eldercare.id-numbers.keys", () -> OLD_KEY + "," + CURRENT_KEY);
		registry.add("huiju.eldercare.id-numbers.active-key", () -> "cur-2");
		registry.add("huiju.eldercare.id-numbers.index-key", () -> INDEX_KEY);
	}

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	static String street(String user, String street) {
		return "Bearer " + ServiceTokens.of(user, "web-portal", "INTERNAL", List.of("CIVIL_AFFAIRS"), street, "STREET");
	}

	static String district(String user, String district) {
		return "Bearer " + ServiceTokens.of(user, "web-portal", "INTERNAL", List.of("ELDERCARE_OPERATOR"), district,
				"DISTRICT");
	}

	static String city(String user) {
		return "Bearer " + ServiceTokens.of(user, "mobile-app", "INTERNAL", List.of("ELDERCARE_OPERATOR"), "city", "CITY");
	}

	/** A valid ID number no other test of the run uses (the service checks the check digit, not the birth date). */
	static String idNumber() {
		String first17 = "110105" + String.format("%011d", 19440101000L + SERIAL.incrementAndGet());
		return first17 + IdNumbers.checkDigit(first17);
	}

	WebTestClient.ResponseSpec post(String bearer, String uri, Object body) {
		return this.http.post().uri(uri).header("Authorization", bearer).bodyValue(body).exchange();
	}

	Map<?, ?> register(String bearer, String streetId, String idNumber) {
		return post(bearer, "/residents", Map.of("name", "测试老人", "idNumber", idNumber, "birthDate", "1944-05-01",
				"streetId", streetId, "phone", "13900000002", "address", "测试小区3栋", "careLevel", 3))
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
	}

	static long id(Map<?, ?> body) {
		return ((Number) body.get("id")).longValue();
	}

	long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	static void refusedBy(WebTestClient.ResponseSpec answer, String reason) {
		answer.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.reason").isEqualTo(reason);
	}

	@Test
	void noTableHoldsAnIdNumberInClearAndTheBlindIndexFindsIt() {
		String number = idNumber();
		Map<?, ?> resident = register(street("wu.hao", "s-riverside"), "s-riverside", number);
		assertThat(resident.get("idNumber")).isEqualTo(number);
		assertThat(resident.get("districtId")).isEqualTo("d-east");

		List<String[]> columns = this.db.sql("SELECT table_name, column_name FROM information_schema.columns"
				+ " WHERE table_schema = CURRENT_SCHEMA AND (UPPER(data_type) LIKE 'CHAR%' OR UPPER(data_type) = 'TEXT')")
			.map((row, meta) -> new String[] { row.get("table_name", String.class), row.get("column_name", String.class) })
			.all().collectList().block();
		assertThat(columns).as("text columns of the schema").hasSizeGreaterThan(10);
		for (String[] column : columns) {
			assertThat(count("SELECT COUNT(*) FROM " + column[0] + " WHERE CAST(" + column[1] + " AS VARCHAR(4000)) LIKE '%"
					+ number.substring(0, 14) + "%'")).as(column[0] + "." + column[1]).isZero();
		}

		this.http.post().uri("/residents/search").header("Authorization", street("wu.hao", "s-riverside"))
			.bodyValue(Map.of("idNumber", number.toLowerCase())).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(id(resident));
		this.http.post().uri("/residents/search").header("Authorization", street("other", "s-market"))
			.bodyValue(Map.of("idNumber", number)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
		refusedBy(this.http.post().uri("/residents/search").header("Authorization", street("wu.hao", "s-riverside"))
			.bodyValue(Map.of("idNumber", number.substring(0, 17) + (number.endsWith("0") ? "1" : "0"))).exchange(),
				"ID_NUMBER_INVALID");
		refusedBy(post(street("wu.hao", "s-riverside"), "/residents", Map.of("name", "重复", "idNumber", number,
				"birthDate", "1944-05-01", "streetId", "s-riverside", "phone", "1", "address", "x", "careLevel", 2)),
				"ID_NUMBER_REGISTERED");
	}

	@Test
	void aRowSealedUnderARotatedKeyStillOpens() {
		String number = idNumber();
		IdNumbers past = new IdNumbers(OLD_KEY, "old-1", INDEX_KEY);
		IdNumbers.Sealed sealed = past.seal(number);
		// a sealed number does not open in another row (under another index) or under another key id
		assertThatThrownBy(() -> past.open(sealed.sealed(), sealed.keyId(), past.index(idNumber())))
			.isInstanceOf(IllegalStateException.class);
		this.db.sql("INSERT INTO resident (name, id_number_sealed, id_number_key, id_number_index, birth_date, district_id,"
				+ " street_id, phone, address, care_level, status, updated_at) VALUES ('旧密钥', :sealed, :key, :index,"
				+ " :birth, 'd-east', 's-riverside', '1', 'x', 2, 'ACTIVE', CURRENT_TIMESTAMP)")
			.bind("sealed", sealed.sealed()).bind("key", sealed.keyId()).bind("index", sealed.index())
			.bind("birth", LocalDate.of(1944, 5, 1)).then().block();
		this.http.post().uri("/residents/search").header("Authorization", street("wu.hao", "s-riverside"))
			.bodyValue(Map.of("idNumber", number)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].idNumber").isEqualTo(number);
		long fresh = id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber()));
		assertThat(this.db.sql("SELECT id_number_key FROM resident WHERE id = :id").bind("id", fresh)
			.map((row, meta) -> row.get("id_number_key", String.class)).one().block()).isEqualTo("cur-2");
	}

	@Test
	void aStreetSeesItsStreetADistrictItsDistrictAndNothingElse() {
		long riverside = id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber()));
		long market = id(register(street("m", "s-market"), "s-market", idNumber()));
		post(street("wu.hao", "s-riverside"), "/residents", Map.of("name", "越界", "idNumber", idNumber(), "birthDate",
				"1944-05-01", "streetId", "s-market", "phone", "1", "address", "x", "careLevel", 2)).expectStatus().isForbidden();

		String ids = "/residents?ids=" + riverside + "," + market;
		this.http.get().uri(ids).header("Authorization", street("wu.hao", "s-riverside")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(riverside);
		this.http.get().uri(ids).header("Authorization", district("zhou.min", "d-east")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(2);
		this.http.get().uri(ids).header("Authorization", district("w", "d-west")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		this.http.get().uri("/residents?streetId=s-market&limit=200").header("Authorization", street("wu.hao", "s-riverside"))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
		post(street("wu.hao", "s-riverside"), "/residents/" + market + "/status", Map.of("status", "MOVED_OUT", "reason",
				"迁出", "attachmentRef", "doc-1")).expectStatus().isNotFound();
		assertThat(count("SELECT COUNT(*) FROM resident_change WHERE resident_id = " + market)).isZero();

		// An alert of another district is not closed, and stays open.
		this.db.sql("INSERT INTO institution (name, district_id, street_id, beds, subsidised_beds, credit_rating, admits)"
				+ " VALUES (:name, 'd-west', 's-hill', 5, 1, 'C', 'CITY')").bind("name", "告警测试-" + System.nanoTime()).then()
			.block();
		long home = count("SELECT MAX(id) FROM institution");
		this.db.sql("INSERT INTO alert (institution_id, district_id, street_id, light, rule_text, raised_at) VALUES (:i,"
				+ " 'd-west', 's-hill', 'RED', '消防通道堵塞', CURRENT_TIMESTAMP)").bind("i", home).then().block();
		long alert = count("SELECT MAX(id) FROM alert");
		post(district("zhou.min", "d-east"), "/alerts/" + alert + "/close", Map.of()).expectStatus().isNotFound();
		assertThat(count("SELECT COUNT(*) FROM alert WHERE closed_at IS NULL AND id = " + alert)).isEqualTo(1);
		post(district("w", "d-west"), "/alerts/" + alert + "/close", Map.of()).expectStatus().isOk().expectBody()
			.jsonPath("$.closedBy").isEqualTo("w");

		String citizen = "Bearer " + ServiceTokens.of("ma.xiaoli", "mini-program", "PUBLIC", List.of("CITIZEN"),
				"s-riverside", "STREET");
		this.http.get().uri(ids).header("Authorization", citizen).exchange().expectStatus().isForbidden();
		String onDashboard = "Bearer " + ServiceTokens.of("chen.jie", "dashboard", "INTERNAL", List.of("LEADER",
				"ELDERCARE_OPERATOR"));
		this.http.get().uri(ids).header("Authorization", onDashboard).exchange().expectStatus().isForbidden();
		this.http.get().uri("/statistics/now").header("Authorization", onDashboard).exchange().expectStatus().isOk();
		this.http.get().uri("/statistics/now").header("Authorization", district("w", "d-west")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[?(@.districtId == 'd-east')]").doesNotExist();

		// credit ratings: every rating, counted in the caller's region; the big screen's machine reads the city's
		String machine = "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read");
		List<Map<String, Object>> city = ratings(machine);
		assertThat(city).extracting(row -> row.get("rating")).containsExactly("A", "B", "C", "D");
		long cityCount = city.stream().mapToLong(row -> ((Number) row.get("institutions")).longValue()).sum();
		long westCount = ratings(district("w", "d-west")).stream()
			.mapToLong(row -> ((Number) row.get("institutions")).longValue()).sum();
		assertThat(cityCount).isEqualTo(count("SELECT COUNT(*) FROM institution"));
		assertThat(westCount).isEqualTo(count("SELECT COUNT(*) FROM institution WHERE district_id = 'd-west'"));
		this.http.get().uri("/statistics/ratings").header("Authorization", citizen).exchange().expectStatus().isForbidden();
	}

	private List<Map<String, Object>> ratings(String bearer) {
		return this.http.get().uri("/statistics/ratings").header("Authorization", bearer).exchange().expectStatus().isOk()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
	}

	@Test
	void aStatusChangeNeedsItsReasonAndDocumentAndOnlyTheCitySeesTheHistory() {
		long resident = id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber()));
		String uri = "/residents/" + resident + "/status";
		refusedBy(post(street("wu.hao", "s-riverside"), uri, Map.of("status", "DECEASED_PENDING", "reason", "家属报告")),
				"ATTACHMENT_REQUIRED");
		post(street("wu.hao", "s-riverside"), uri, Map.of("status", "DECEASED_PENDING", "reason", "家属报告", "attachmentRef",
				"death-cert-1")).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DECEASED_PENDING");
		refusedBy(post(street("wu.hao", "s-riverside"), uri, Map.of("status", "MOVED_OUT", "reason", "迁出",
				"attachmentRef", "x")), "STATUS_CHANGE_NOT_ALLOWED");
		this.http.get().uri("/residents/" + resident + "/changes").header("Authorization", street("wu.hao", "s-riverside"))
			.exchange().expectStatus().isForbidden();
		this.http.get().uri("/residents/" + resident + "/changes").header("Authorization", city("sun.li")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].reason").isEqualTo("家属报告")
			.jsonPath("$[0].attachmentRef").isEqualTo("death-cert-1")
			.jsonPath("$[0].changedBy").isEqualTo("wu.hao");
	}

	@Test
	void anApplicationIsDecidedByTheStreetThenTheDistrictOnceEachAndNeverSkipped() {
		long resident = id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber()));
		long application = id(post(street("wu.hao", "s-riverside"), "/applications", Map.of("residentId", resident,
				"kind", "OLD_AGE_ALLOWANCE")).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
		refusedBy(post(street("wu.hao", "s-riverside"), "/applications", Map.of("residentId", resident, "kind",
				"OLD_AGE_ALLOWANCE")), "APPLICATION_OPEN");
		String decide = "/applications/" + application + "/decision";
		refusedBy(post(district("zhou.min", "d-east"), decide, Map.of("approve", true)), "STREET_REVIEW_FIRST");
		post(street("m", "s-market"), decide, Map.of("approve", true)).expectStatus().isNotFound();
		post(city("sun.li"), decide, Map.of("approve", true)).expectStatus().isForbidden();
		post(street("wu.hao", "s-riverside"), decide, Map.of("approve", true)).expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("STREET_APPROVED");
		post(street("wu.hao", "s-riverside"), decide, Map.of("approve", false, "opinion", "改判")).expectStatus()
			.isEqualTo(409);
		post(district("w", "d-west"), decide, Map.of("approve", true)).expectStatus().isNotFound();
		this.http.get().uri("/applications/awaiting").header("Authorization", district("zhou.min", "d-east")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[?(@.id == " + application + ")]").exists();
		post(district("zhou.min", "d-east"), decide, Map.of("approve", true)).expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("APPROVED")
			.jsonPath("$.decisions.length()").isEqualTo(2)
			.jsonPath("$.decisions[1].tier").isEqualTo("DISTRICT");
		post(district("zhou.min", "d-east"), decide, Map.of("approve", false, "opinion", "撤销")).expectStatus().isEqualTo(409);
		assertThat(count("SELECT COUNT(*) FROM application_decision WHERE application_id = " + application)).isEqualTo(2);
	}

	@Test
	void concurrentAdmissionsToTheLastBedsNeverExceedThemAndNobodyTakesTwo() throws Exception {
		String name = "测试养老院-" + System.nanoTime();
		this.db.sql("INSERT INTO institution (name, district_id, street_id, beds, subsidised_beds, credit_rating, admits)"
				+ " VALUES (:name, 'd-east', 's-riverside', 3, 1, 'A', 'DISTRICT')").bind("name", name).then().block();
		long institution = this.db.sql("SELECT id FROM institution WHERE name = :name").bind("name", name)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		List<Long> residents = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			residents.add(id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber())));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> tries = new ArrayList<>();
			for (long resident : residents) {
				tries.add(() -> post(district("zhou.min", "d-east"), "/institutions/" + institution + "/admissions",
						Map.of("residentId", resident)).returnResult(String.class).getStatus().value());
			}
			for (int i = 0; i < 4; i++) {
				tries.add(() -> post(district("zhou.min", "d-east"), "/institutions/" + institution + "/admissions",
						Map.of("residentId", residents.get(0))).returnResult(String.class).getStatus().value());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(tries)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(200, 400);
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM admission WHERE institution_id = " + institution)).isEqualTo(3);
		long west = id(register(street("h", "s-hill"), "s-hill", idNumber()));
		refusedBy(post(city("sun.li"), "/institutions/" + institution + "/waiting", Map.of("residentId", west)),
				"NOT_ADMITTED_HERE");
		String streetHome = "测试街道养老院-" + System.nanoTime();
		this.db.sql("INSERT INTO institution (name, district_id, street_id, beds, subsidised_beds, credit_rating, admits)"
				+ " VALUES (:name, 'd-east', 's-riverside', 5, 1, 'B', 'STREET')").bind("name", streetHome).then().block();
		long ofTheStreet = this.db.sql("SELECT id FROM institution WHERE name = :name").bind("name", streetHome)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		long market = id(register(street("m", "s-market"), "s-market", idNumber()));
		refusedBy(post(district("zhou.min", "d-east"), "/institutions/" + ofTheStreet + "/admissions",
				Map.of("residentId", market)), "NOT_ADMITTED_HERE");
	}

	@Test
	void aResidentWaitsOnceForAnInstitutionAndLeavesEveryListWhenAdmitted() {
		String name = "测试轮候-" + System.nanoTime();
		this.db.sql("INSERT INTO institution (name, district_id, street_id, beds, subsidised_beds, credit_rating, admits)"
				+ " VALUES (:name, 'd-west', 's-hill', 10, 2, 'B', 'CITY')").bind("name", name).then().block();
		long institution = this.db.sql("SELECT id FROM institution WHERE name = :name").bind("name", name)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		long resident = id(register(street("wu.hao", "s-riverside"), "s-riverside", idNumber()));
		String list = "/institutions/" + institution + "/waiting";
		post(street("wu.hao", "s-riverside"), list, Map.of("residentId", resident)).expectStatus().isOk().expectBody()
			.jsonPath("$.waiting").isEqualTo(1);
		this.http.get().uri(list).header("Authorization", street("wu.hao", "s-riverside")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[0].residentId").isEqualTo(resident).jsonPath("$[0].position").isEqualTo(1);
		refusedBy(post(street("wu.hao", "s-riverside"), list, Map.of("residentId", resident)), "ALREADY_WAITING");
		this.http.get().uri("/statistics/now").header("Authorization", city("sun.li")).exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.districtId == 'd-west')].waiting").isEqualTo(List.of(1))
			.jsonPath("$[?(@.districtId == 'd-west')].averageWaitingDays").value(days -> assertThat(
					((Number) ((List<?>) days).get(0)).doubleValue()).isBetween(0.0, 0.01));
		this.http.get().uri(list).header("Authorization", street("h", "s-hill")).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		post(street("wu.hao", "s-riverside"), "/institutions/" + institution + "/admissions", Map.of("residentId", resident))
			.expectStatus().isOk().expectBody().jsonPath("$.occupied").isEqualTo(1).jsonPath("$.waiting").isEqualTo(0);
	}

}
