package dev.huiju.dining;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.huiju.service.support.ThreadDumpOnTimeout;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dining over HTTP, on either database; subclasses choose it. Each test makes canteens and diners of its
 * own (names carry a nanosecond stamp) and books days ahead, so tests never meet one another's rows.
 * Menus are published and approved through the service; only what no request may write (a menu outside
 * the canteen's hours) is written straight to the tables.
 */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class DiningContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String OPERATOR = "zhao.lei";

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private static int days = 5;

	/** A day of its own for each test, five or more days ahead (past every notice period). */
	static synchronized LocalDate day() {
		return LocalDate.now(ZONE).plusDays(days++);
	}

	static String citizen(String id, String street) {
		return "Bearer " + ServiceTokens.of(id, "mini-program", "PUBLIC", List.of("CITIZEN"), street, "STREET");
	}

	static String operator() {
		return "Bearer " + ServiceTokens.of(OPERATOR, "web-portal", "INTERNAL", List.of("CANTEEN_OPERATOR"));
	}

	static String civil(String id, String region, String level) {
		return "Bearer " + ServiceTokens.of(id, "web-portal", "INTERNAL", List.of("CIVIL_AFFAIRS"), region, level);
	}

	static String staff(String id) {
		return "Bearer " + ServiceTokens.of(id, "web-portal", "INTERNAL", List.of("CLERK"));
	}

	static String stamp() {
		return Long.toString(System.nanoTime(), 36);
	}

	/** A canteen in a street of a district, run by the demo operator, open 06:30–19:30. */
	long canteen(String kind, String district, String street, int seats, boolean delivers) {
		return canteen(kind, district, street, seats, delivers, "06:30", "19:30");
	}

	long canteen(String kind, String district, String street, int seats, boolean delivers, String opens, String closes) {
		String name = "测试食堂-" + stamp();
		this.db.sql("INSERT INTO canteen (name, kind, district_id, street_id, address, seats, opens_at, closes_at, delivers,"
				+ " licence_status, licence_expires, operator_id, updated_at) VALUES (:name, :kind, :district, :street,"
				+ " '测试路1号', :seats, :opens, :closes, :delivers, 'VALID', :expires, :operator,"
				+ " CURRENT_TIMESTAMP)")
			.bind("name", name).bind("kind", kind).bind("district", district).bind("street", street).bind("seats", seats)
			.bind("opens", LocalTime.parse(opens)).bind("closes", LocalTime.parse(closes)).bind("delivers", delivers)
			.bind("expires", LocalDate.now(ZONE).plusYears(1)).bind("operator", OPERATOR)
			.then().block();
		return this.db.sql("SELECT id FROM canteen WHERE name = :name").bind("name", name)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
	}

	/** A registered diner of a street; {@code relatives} may act on their behalf. */
	String diner(String district, String street, String... relatives) {
		String id = "r-" + stamp();
		this.db.sql("INSERT INTO diner (id, name, district_id, street_id, address, phone) VALUES (:id, '测试居民', :district,"
				+ " :street, '测试小区1栋', '13900000000')")
			.bind("id", id).bind("district", district).bind("street", street).then().block();
		for (String relative : relatives) {
			this.db.sql("INSERT INTO diner_relative (diner_id, relative_id) VALUES (:diner, :relative)")
				.bind("diner", id).bind("relative", relative).then().block();
		}
		return id;
	}

	WebTestClient.ResponseSpec post(String bearer, String uri, Map<String, ?> body) {
		return this.http.post().uri(uri).header("Authorization", bearer).bodyValue(body).exchange();
	}

	Map<?, ?> created(String bearer, String uri, Map<String, ?> body) {
		return post(bearer, uri, body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
	}

	static long id(Map<?, ?> body) {
		return ((Number) body.get("id")).longValue();
	}

	/** The operator publishes a lunch menu of one dish at 15 yuan. */
	Map<?, ?> publish(long canteen, LocalDate day, String meal) {
		return created(operator(), "/menus", Map.of("canteenId", canteen, "day", day.toString(), "meal", meal,
				"priceFen", 1500, "dishes", List.of(Map.of("name", "红烧鱼块", "priceFen", 900, "allergens", List.of("FISH"),
						"kcal", 420, "proteinG", 28))));
	}

	long approvedLunch(long canteen, String street, LocalDate day) {
		long menu = id(publish(canteen, day, "LUNCH"));
		post(civil("wu.hao", street, "STREET"), "/menus/" + menu + "/review", Map.of("approve", true)).expectStatus().isOk();
		return menu;
	}

	long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	/** A refusal by a rule: 400, BAD_USER_INPUT, the rule's stable reason and a sentence. */
	static void refusedBy(WebTestClient.ResponseSpec answer, String reason) {
		answer.expectStatus().isBadRequest().expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.reason").isEqualTo(reason)
			.jsonPath("$.message").isNotEmpty();
	}

	@Test
	void aCommunityMenuReachesDinersOnlyOnceItsStreetApprovesIt() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		String diner = diner("d-east", "s-riverside");
		LocalDate day = day();
		Map<?, ?> menu = publish(canteen, day, "LUNCH");
		assertThat(menu.get("status")).isEqualTo("SUBMITTED");
		long menuId = id(menu);
		String query = "/menus?canteenIds=" + canteen + "&from=" + day + "&to=" + day;
		this.http.get().uri(query).header("Authorization", citizen(diner, "s-riverside")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
		this.http.get().uri(query).header("Authorization", operator()).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].status").isEqualTo("SUBMITTED")
			.jsonPath("$[0].dishes[0].allergens[0]").isEqualTo("FISH");

		long before = count("SELECT COUNT(*) FROM reservation");
		refusedBy(post(citizen(diner, "s-riverside"), "/reservations", Map.of("menuId", menuId)), "MENU_NOT_APPROVED");
		assertThat(count("SELECT COUNT(*) FROM reservation")).isEqualTo(before);

		// Another street's account does not see the menu; the district's sees it but does not approve.
		post(civil("someone", "s-market", "STREET"), "/menus/" + menuId + "/review", Map.of("approve", true))
			.expectStatus().isNotFound();
		post(civil("zhou.min", "d-east", "DISTRICT"), "/menus/" + menuId + "/review", Map.of("approve", true))
			.expectStatus().isForbidden();
		this.http.get().uri("/menus/pending").header("Authorization", civil("wu.hao", "s-riverside", "STREET")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[?(@.id == " + menuId + ")]").exists();
		post(civil("wu.hao", "s-riverside", "STREET"), "/menus/" + menuId + "/review", Map.of("approve", false))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("opinion");
		post(civil("wu.hao", "s-riverside", "STREET"), "/menus/" + menuId + "/review", Map.of("approve", true))
			.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED")
			.jsonPath("$.reviewerId").isEqualTo("wu.hao");
		post(civil("wu.hao", "s-riverside", "STREET"), "/menus/" + menuId + "/review", Map.of("approve", false,
				"opinion", "再议")).expectStatus().isEqualTo(409);

		this.http.get().uri(query).header("Authorization", citizen(diner, "s-riverside")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(menuId);
		Map<?, ?> reservation = created(citizen(diner, "s-riverside"), "/reservations", Map.of("menuId", menuId));
		assertThat(reservation.get("chargedFen")).isEqualTo(1500);
		assertThat(reservation.get("dinerId")).isEqualTo(diner);
	}

	@Test
	void aStaffCanteensMenuIsApprovedWhenPublishedAndServesStaffOnly() {
		long canteen = canteen("STAFF", "city", "s-riverside", 100, false);
		LocalDate day = day();
		Map<?, ?> menu = publish(canteen, day, "LUNCH");
		assertThat(menu.get("status")).isEqualTo("APPROVED");
		created(staff("liu.yang"), "/reservations", Map.of("menuId", id(menu)));
		String diner = diner("d-east", "s-riverside");
		post(citizen(diner, "s-riverside"), "/reservations", Map.of("menuId", id(menu))).expectStatus().isForbidden();
		// A second menu for the same meal is refused, not a second row.
		refusedBy(post(operator(), "/menus", Map.of("canteenId", canteen, "day", day.toString(), "meal", "LUNCH",
				"priceFen", 1200, "dishes", List.of(Map.of("name", "青菜", "priceFen", 300, "kcal", 80, "proteinG", 2)))),
				"MENU_EXISTS");
	}

	@Test
	void aMealPastTheCanteensSeatsOrHoursIsRefusedAndStoresNothing() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 2, true, "10:00", "14:00");
		LocalDate day = day();
		long menu = approvedLunch(canteen, "s-riverside", day);
		created(citizen(diner("d-east", "s-riverside"), "s-riverside"), "/reservations", Map.of("menuId", menu));
		created(citizen(diner("d-east", "s-riverside"), "s-riverside"), "/reservations", Map.of("menuId", menu));
		long before = count("SELECT COUNT(*) FROM reservation WHERE canteen_id = " + canteen);
		String third = diner("d-east", "s-riverside");
		refusedBy(post(citizen(third, "s-riverside"), "/reservations", Map.of("menuId", menu)), "CANTEEN_FULL");
		assertThat(count("SELECT COUNT(*) FROM reservation WHERE canteen_id = " + canteen)).isEqualTo(before);
		// Delivery takes no seat.
		created(citizen(third, "s-riverside"), "/reservations", Map.of("menuId", menu, "delivery", true));
		refusedBy(post(citizen(third, "s-riverside"), "/reservations", Map.of("menuId", menu, "delivery", true)),
				"ALREADY_RESERVED");

		// The canteen closes at 14:00: no dinner menu is published, and one written around the service is not served.
		refusedBy(post(operator(), "/menus", Map.of("canteenId", canteen, "day", day.toString(), "meal", "DINNER",
				"priceFen", 1200, "dishes", List.of(Map.of("name", "青菜", "priceFen", 300, "kcal", 80, "proteinG", 2)))),
				"OUTSIDE_OPENING_HOURS");
		this.db.sql("INSERT INTO menu (canteen_id, served_on, meal, price_fen, status, created_at) VALUES (:canteen, :day,"
				+ " 'DINNER', 1200, 'APPROVED', CURRENT_TIMESTAMP)").bind("canteen", canteen).bind("day", day).then().block();
		long dinner = count("SELECT id FROM menu WHERE canteen_id = " + canteen + " AND meal = 'DINNER'");
		refusedBy(post(citizen(third, "s-riverside"), "/reservations", Map.of("menuId", dinner)), "OUTSIDE_OPENING_HOURS");
		assertThat(count("SELECT COUNT(*) FROM reservation WHERE canteen_id = " + canteen)).isEqualTo(before + 1);

		this.http.get().uri("/canteens/" + canteen + "/counts?from=" + day + "&to=" + day)
			.header("Authorization", operator()).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$[0].meal").isEqualTo("LUNCH")
			.jsonPath("$[0].dineIn").isEqualTo(2)
			.jsonPath("$[0].delivered").isEqualTo(1);
	}

	@Test
	void manySimultaneousReservationsNeverOversellAMeal() throws Exception {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 5, false);
		long menu = approvedLunch(canteen, "s-riverside", day());
		List<String> diners = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			diners.add(diner("d-east", "s-riverside"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> tries = new ArrayList<>();
			for (String diner : diners) {
				tries.add(() -> post(citizen(diner, "s-riverside"), "/reservations", Map.of("menuId", menu))
					.returnResult(String.class).getStatus().value());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(tries)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(201, 400);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM reservation WHERE status = 'BOOKED' AND canteen_id = " + canteen)).isEqualTo(5);
	}

	/** One diner booked at two canteens at once, for the same meal: each canteen's lock alone would let both in. */
	@Test
	void oneDinerBookedAtTwoCanteensAtOnceGetsOneMeal() throws Exception {
		LocalDate day = day();
		long first = approvedLunch(canteen("COMMUNITY", "d-east", "s-riverside", 40, false), "s-riverside", day);
		long second = approvedLunch(canteen("COMMUNITY", "d-east", "s-riverside", 40, false), "s-riverside", day);
		String diner = diner("d-east", "s-riverside", "ma.xiaoli");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> tries = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				long menu = (i % 2 == 0) ? first : second;
				String bearer = (i % 4 < 2) ? citizen(diner, "s-riverside") : citizen("ma.xiaoli", "s-riverside");
				tries.add(() -> post(bearer, "/reservations", Map.of("menuId", menu, "dinerId", diner))
					.returnResult(String.class).getStatus().value());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(tries)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(201, 400);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM reservation WHERE status = 'BOOKED' AND diner_id = '" + diner + "'"))
			.isEqualTo(1);
	}

	@Test
	void aRelativeActsForTheirDinerAndNobodyElses() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		long menu = approvedLunch(canteen, "s-riverside", day());
		String father = diner("d-east", "s-riverside", "ma.xiaoli");
		String stranger = diner("d-east", "s-riverside");
		String daughter = citizen("ma.xiaoli", "s-riverside");
		Map<?, ?> booked = created(daughter, "/reservations", Map.of("menuId", menu, "dinerId", father));
		assertThat(booked.get("bookedBy")).isEqualTo("ma.xiaoli");
		long before = count("SELECT COUNT(*) FROM reservation");
		post(daughter, "/reservations", Map.of("menuId", menu, "dinerId", stranger)).expectStatus().isForbidden()
			.expectBody().jsonPath("$.code").isEqualTo("PERMISSION_DENIED");
		assertThat(count("SELECT COUNT(*) FROM reservation")).isEqualTo(before);
		this.http.get().uri("/diners/mine").header("Authorization", daughter).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.id == '" + father + "')]").exists()
			.jsonPath("$[?(@.id == '" + stranger + "')]").doesNotExist();

		// The stranger neither sees nor cancels the father's reservation.
		post(citizen(stranger, "s-riverside"), "/reservations/" + id(booked) + "/cancel", Map.of())
			.expectStatus().isNotFound();
		LocalDate booking = LocalDate.parse((String) booked.get("day"));
		this.http.get().uri("/reservations/mine?from=" + booking + "&to=" + booking)
			.header("Authorization", citizen(stranger, "s-riverside")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
		this.http.get().uri("/reservations/mine?from=" + booking + "&to=" + booking)
			.header("Authorization", citizen(father, "s-riverside")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].id").isEqualTo(id(booked));
		post(daughter, "/reservations/" + id(booked) + "/cancel", Map.of()).expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("CANCELLED");
		post(daughter, "/reservations/" + id(booked) + "/cancel", Map.of()).expectStatus().isEqualTo(409);
	}

	@Test
	void deliveryChangesNeedFortyEightHoursNoticeAndAShortNoticeChangesNothing() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, true);
		String diner = diner("d-east", "s-riverside");
		String bearer = citizen(diner, "s-riverside");
		LocalDate today = LocalDate.now(ZONE);
		refusedBy(post(bearer, "/delivery-orders", Map.of("canteenId", canteen, "meal", "LUNCH", "startsOn",
				today.plusDays(1).toString())), "NOTICE_UNDER_48_HOURS");
		Map<?, ?> order = created(bearer, "/delivery-orders", Map.of("canteenId", canteen, "meal", "LUNCH", "startsOn",
				today.plusDays(3).toString()));
		assertThat(order.get("state")).isEqualTo("PENDING");
		assertThat(order.get("address")).isEqualTo("测试小区1栋");
		long id = id(order);

		for (String change : List.of("pause", "stop")) {
			refusedBy(post(bearer, "/delivery-orders/" + id + "/" + change, Map.of("from", today.plusDays(1).toString())),
					"NOTICE_UNDER_48_HOURS");
		}
		assertThat(count("SELECT COUNT(*) FROM delivery_change WHERE order_id = " + id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM delivery_order WHERE paused_from IS NULL AND stopped_from IS NULL AND id = "
				+ id)).isEqualTo(1);

		post(bearer, "/delivery-orders/" + id + "/pause", Map.of("from", today.plusDays(4).toString()))
			.expectStatus().isOk().expectBody().jsonPath("$.pausedFrom").isEqualTo(today.plusDays(4).toString());
		// One pause at a time: a second one would silently replace the first the kitchen plans by.
		post(bearer, "/delivery-orders/" + id + "/pause", Map.of("from", today.plusDays(8).toString()))
			.expectStatus().isEqualTo(409);
		assertThat(count("SELECT COUNT(*) FROM delivery_change WHERE order_id = " + id)).isEqualTo(1);
		refusedBy(post(bearer, "/delivery-orders/" + id + "/resume", Map.of("on", today.toString())), "NOTICE_UNDER_48_HOURS");
		post(bearer, "/delivery-orders/" + id + "/resume", Map.of("on", today.plusDays(6).toString()))
			.expectStatus().isOk().expectBody().jsonPath("$.resumesOn").isEqualTo(today.plusDays(6).toString());
		post(bearer, "/delivery-orders/" + id + "/stop", Map.of("from", today.plusDays(10).toString()))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.stoppedFrom").isEqualTo(today.plusDays(10).toString())
			.jsonPath("$.changes.length()").isEqualTo(3);
		post(bearer, "/delivery-orders/" + id + "/pause", Map.of("from", today.plusDays(12).toString()))
			.expectStatus().isEqualTo(409);
		post(citizen(diner("d-east", "s-riverside"), "s-riverside"), "/delivery-orders/" + id + "/stop",
				Map.of("from", today.plusDays(5).toString())).expectStatus().isNotFound();
	}

	@Test
	void aRatingHasFourScoresOfOneToFiveStarsAShortCommentAndComesOnceAMonth() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		String diner = diner("d-east", "s-riverside");
		String bearer = citizen(diner, "s-riverside");
		Map<String, Object> rating = new HashMap<>(Map.of("canteenId", canteen, "price", 5, "environment", 4,
				"service", 4, "taste", 5));
		long before = count("SELECT COUNT(*) FROM rating");
		for (int wrong : List.of(0, 6)) {
			Map<String, Object> bad = new HashMap<>(rating);
			bad.put("taste", wrong);
			refusedBy(post(bearer, "/ratings", bad), "STARS_OUT_OF_RANGE");
		}
		Map<String, Object> tooLong = new HashMap<>(rating);
		tooLong.put("comment", "好".repeat(101));
		refusedBy(post(bearer, "/ratings", tooLong), "COMMENT_TOO_LONG");
		assertThat(count("SELECT COUNT(*) FROM rating")).isEqualTo(before);

		Map<String, Object> good = new HashMap<>(rating);
		good.put("comment", "好".repeat(100));
		Map<?, ?> given = created(bearer, "/ratings", good);
		assertThat(given.get("mine")).isEqualTo(true);
		refusedBy(post(bearer, "/ratings", rating), "ALREADY_RATED_THIS_MONTH");
		assertThat(count("SELECT COUNT(*) FROM rating")).isEqualTo(before + 1);

		created(citizen(diner("d-east", "s-riverside"), "s-riverside"), "/ratings", Map.of("canteenId", canteen,
				"price", 3, "environment", 3, "service", 3, "taste", 3, "comment", "一般"));
		this.http.get().uri("/ratings/summary?canteenIds=" + canteen).header("Authorization", bearer).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$[0].ratings").isEqualTo(2)
			.jsonPath("$[0].price").isEqualTo(4.0)
			.jsonPath("$[0].overall").isEqualTo(3.75);

		// The operator hides a comment; its words stay as written, and only the operator still reads it.
		post(operator(), "/ratings/" + id(given) + "/visibility", Map.of("visibility", "HIDDEN")).expectStatus().isOk()
			.expectBody().jsonPath("$.comment").isEqualTo("好".repeat(100));
		this.http.get().uri("/ratings?canteenId=" + canteen).header("Authorization", citizen("x", "s-riverside")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].comment").isEqualTo("一般");
		this.http.get().uri("/ratings?canteenId=" + canteen).header("Authorization", operator()).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
		post(bearer, "/ratings/" + id(given) + "/visibility", Map.of("visibility", "FEATURED")).expectStatus().isForbidden();
	}

	@Test
	void anApprovedSubsidyLowersThePriceByTheDistrictsPolicyAndIsDecidedOnceByItsStreet() {
		this.db.sql("MERGE INTO subsidy_policy (district_id, percent_off) KEY (district_id) VALUES ('d-test', 40)")
			.then().onErrorResume(ex -> this.db.sql("INSERT INTO subsidy_policy (district_id, percent_off) VALUES"
					+ " ('d-test', 40) ON CONFLICT (district_id) DO NOTHING").then())
			.block();
		long canteen = canteen("COMMUNITY", "d-test", "s-test", 40, false);
		long menu = approvedLunch(canteen, "s-test", day());
		String father = diner("d-test", "s-test", "ma.xiaoli");
		String daughter = citizen("ma.xiaoli", "s-riverside");
		Map<?, ?> application = created(daughter, "/subsidies", Map.of("dinerId", father, "reason", "独居高龄"));
		assertThat(application.get("status")).isEqualTo("PENDING");
		assertThat(application.get("streetId")).isEqualTo("s-test");
		refusedBy(post(daughter, "/subsidies", Map.of("dinerId", father, "reason", "再次申请")), "SUBSIDY_EXISTS");
		assertThat(count("SELECT COUNT(*) FROM subsidy WHERE diner_id = '" + father + "'")).isEqualTo(1);

		long id = id(application);
		post(civil("wu.hao", "s-riverside", "STREET"), "/subsidies/" + id + "/review", Map.of("approve", true))
			.expectStatus().isNotFound();
		// A street account does not decide for its own family, and reads what it applied for itself.
		String mother = diner("d-test", "s-test", "s");
		long own = id(created(civil("s", "s-test", "STREET"), "/subsidies", Map.of("dinerId", mother, "reason", "高龄")));
		post(civil("s", "s-test", "STREET"), "/subsidies/" + own + "/review", Map.of("approve", true))
			.expectStatus().isForbidden();
		String elsewhere = diner("d-west", "s-hill", "s");
		long away = id(created(civil("s", "s-test", "STREET"), "/subsidies", Map.of("dinerId", elsewhere, "reason", "高龄")));
		this.http.get().uri("/subsidies/" + away).header("Authorization", civil("s", "s-test", "STREET")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.streetId").isEqualTo("s-hill");
		this.http.get().uri("/subsidies/" + id).header("Authorization", civil("zhou.min", "d-east", "DISTRICT")).exchange()
			.expectStatus().isNotFound();
		this.http.get().uri("/subsidies/" + id).header("Authorization", civil("d", "d-test", "DISTRICT")).exchange()
			.expectStatus().isOk();
		post(civil("s", "s-test", "STREET"), "/subsidies/" + id + "/review", Map.of("approve", true, "opinion", "符合条件"))
			.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
		post(civil("s", "s-test", "STREET"), "/subsidies/" + id + "/review", Map.of("approve", false, "opinion", "撤销"))
			.expectStatus().isEqualTo(409);

		Map<?, ?> reservation = created(daughter, "/reservations", Map.of("menuId", menu, "dinerId", father));
		assertThat(reservation.get("listFen")).isEqualTo(1500);
		assertThat(reservation.get("chargedFen")).isEqualTo(900);
		assertThat(((Number) reservation.get("subsidyId")).longValue()).isEqualTo(id);
	}

	@Test
	void civilAffairsAccountsSeeTheirRegionOnlyAndFiguresAreNeverAPersons() {
		long east = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		long west = canteen("COMMUNITY", "d-west", "s-hill", 40, false);
		LocalDate day = day();
		long menu = approvedLunch(east, "s-riverside", day);
		created(citizen(diner("d-east", "s-riverside"), "s-riverside"), "/reservations", Map.of("menuId", menu));

		this.http.get().uri("/canteens?ids=" + east + "," + west).header("Authorization", civil("zhou.min", "d-east", "DISTRICT"))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(east);
		this.http.get().uri("/canteens/" + west + "/counts?from=" + day + "&to=" + day)
			.header("Authorization", civil("zhou.min", "d-east", "DISTRICT")).exchange().expectStatus().isNotFound();
		this.http.get().uri("/canteens/" + east + "/counts?from=" + day + "&to=" + day)
			.header("Authorization", citizen("x", "s-riverside")).exchange().expectStatus().isForbidden();
		this.http.get().uri("/canteens?ids=" + east + "," + west).header("Authorization", civil("c", "city", "CITY"))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);

		String figures = "/statistics?from=" + day + "&to=" + day;
		this.http.get().uri(figures).header("Authorization", civil("w", "d-west", "DISTRICT")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[?(@.districtId == 'd-east')]").doesNotExist();
		this.http.get().uri(figures).header("Authorization", "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read"))
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[?(@.districtId == 'd-east')].reservations").value(n -> assertThat(n.toString()).isNotEqualTo("[]"))
			.jsonPath("$[0]").value(row -> assertThat(((Map<?, ?>) row).keySet().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("districtId", "day",
					"reservations", "mealsServed", "delivered", "subsidisedMeals", "chargedFen", "ratings", "averageRating",
					"subsidyApplications", "subsidiesApproved"));
		this.http.get().uri(figures).header("Authorization", "Bearer " + ServiceTokens.machine("other")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri(figures).header("Authorization", citizen("x", "s-riverside")).exchange()
			.expectStatus().isForbidden();
		// The dashboard reads figures only.
		this.http.get().uri("/canteens").header("Authorization",
				"Bearer " + ServiceTokens.of("chen.jie", "dashboard", "INTERNAL", List.of("LEADER"))).exchange()
			.expectStatus().isForbidden();
	}


	@Test
	void aResidentsMealsReachTheCivilAffairsAccountsOfTheirRegionInOneCallForManyResidents() {
		long canteen = canteen("COMMUNITY", "d-east", "s-riverside", 40, false);
		// within the coming week a resident's reservations are shown for; the canteen is this test's own
		long menu = approvedLunch(canteen, "s-riverside", LocalDate.now(ZONE).plusDays(3));
		long resident = 9_000_000 + (System.nanoTime() % 1_000_000);
		String linked = diner("d-east", "s-riverside", "ma.xiaoli");
		this.db.sql("UPDATE diner SET resident_id = :resident WHERE id = :id").bind("resident", resident).bind("id", linked)
			.then().block();
		String daughter = citizen("ma.xiaoli", "s-riverside");
		long booked = id(created(daughter, "/reservations", Map.of("menuId", menu, "dinerId", linked)));
		long applied = id(created(daughter, "/subsidies", Map.of("dinerId", linked, "reason", "独居高龄")));

		String meals = "/residents/meals?ids=" + resident + "," + (resident + 1);
		this.http.get().uri(meals).header("Authorization", civil("wu.hao", "s-riverside", "STREET")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].residentId").isEqualTo(resident)
			.jsonPath("$[0].diner.id").isEqualTo(linked)
			.jsonPath("$[0].subsidies[0].id").isEqualTo(applied)
			.jsonPath("$[0].reservations[0].id").isEqualTo(booked);
		this.http.get().uri(meals).header("Authorization", civil("c", "city", "CITY")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[0].diner.id").isEqualTo(linked);
		// Another street's or district's account, a citizen, the relative herself: nothing, not even the diner.
		for (String outside : List.of(civil("s", "s-hill", "STREET"), civil("w", "d-west", "DISTRICT"), daughter,
				staff("zhang.wei"))) {
			this.http.get().uri(meals).header("Authorization", outside).exchange()
				.expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
		}
		this.http.get().uri("/residents/meals?ids=abc").header("Authorization", civil("c", "city", "CITY")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
	}

}
