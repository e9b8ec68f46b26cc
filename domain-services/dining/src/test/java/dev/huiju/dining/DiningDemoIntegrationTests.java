package dev.huiju.dining;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile seeds dining that keeps the rules, and the service works on after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///dining_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
		"spring.flyway.url=jdbc:h2:mem:dining_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
@ActiveProfiles("demo")
@SuppressWarnings("unchecked")
class DiningDemoIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	@Test
	void theDemoKeepsTheRulesItsScreensNeed() {
		assertThat(count("SELECT COUNT(*) FROM canteen")).isEqualTo(5);
		// No meal oversold, no diner with two live reservations of a meal, no subsidised price above the list price.
		assertThat(count("SELECT COUNT(*) FROM (SELECT r.menu_id FROM reservation r JOIN canteen c ON c.id = r.canteen_id"
				+ " WHERE r.status = 'BOOKED' AND r.delivery = FALSE GROUP BY r.menu_id, c.seats HAVING COUNT(*) > c.seats) x"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM (SELECT diner_id FROM reservation WHERE status = 'BOOKED'"
				+ " GROUP BY diner_id, served_on, meal HAVING COUNT(*) > 1) x")).isZero();
		assertThat(count("SELECT COUNT(*) FROM reservation WHERE subsidy_id IS NOT NULL AND charged_fen < list_fen")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM rating")).isPositive();

		// The demo citizen books for her father; the riverside street account has menus and subsidies to review.
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String daughter = "Bearer " + ServiceTokens.of("ma.xiaoli", "mini-program", "PUBLIC", List.of("CITIZEN"),
				"s-riverside", "STREET");
		this.http.get().uri("/reservations/mine?from=" + today.minusDays(14) + "&to=" + today.plusDays(7))
			.header("Authorization", daughter).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[0].dinerId").isEqualTo("ma.guoqiang");
		String street = "Bearer " + ServiceTokens.of("wu.hao", "web-portal", "INTERNAL", List.of("CIVIL_AFFAIRS"),
				"s-riverside", "STREET");
		this.http.get().uri("/menus/pending").header("Authorization", street).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").value(n -> assertThat((Integer) n).isPositive());
		this.http.get().uri("/subsidies?status=PENDING").header("Authorization", street).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[*].streetId").value(ids -> assertThat((List<Object>) ids).isNotEmpty().containsOnly("s-riverside"));

		// A reservation through the service is numbered after the demo's rows and may use an approved menu.
		long menu = this.db.sql("SELECT id FROM menu WHERE canteen_id = 3 AND status = 'APPROVED' AND meal = 'LUNCH'"
				+ " AND served_on = :day").bind("day", today.plusDays(3))
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		this.http.post().uri("/reservations").header("Authorization", daughter)
			.bodyValue(Map.of("menuId", menu, "dinerId", "ma.guoqiang")).exchange()
			.expectStatus().isCreated();
	}

}
