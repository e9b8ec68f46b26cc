package dev.huiju.eldercare;

import java.util.List;

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

/** The demo profile seeds elder care that keeps the rules, and the service reads it with the demo's keys. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///eldercare_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
		"spring.flyway.url=jdbc:h2:mem:eldercare_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
@ActiveProfiles("demo")
class EldercareDemoIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	@Test
	void theDemoKeepsTheRules() {
		assertThat(count("SELECT COUNT(*) FROM resident")).isEqualTo(2400);
		assertThat(count("SELECT COUNT(*) FROM institution")).isEqualTo(12);
		assertThat(count("SELECT COUNT(*) FROM institution i WHERE (SELECT COUNT(*) FROM admission a"
				+ " WHERE a.institution_id = i.id) > i.beds")).isZero();
		assertThat(count("SELECT COUNT(*) FROM admission a JOIN resident r ON r.id = a.resident_id"
				+ " JOIN institution i ON i.id = a.institution_id WHERE i.admits = 'DISTRICT' AND i.district_id <> r.district_id"))
			.isZero();
		for (String status : List.of("SUBMITTED", "STREET_APPROVED", "APPROVED", "REJECTED")) {
			assertThat(count("SELECT COUNT(*) FROM application WHERE status = '" + status + "'")).as(status).isPositive();
		}
		assertThat(count("SELECT COUNT(*) FROM alert WHERE closed_at IS NULL AND light = 'RED'")).isPositive();

		String street = "Bearer " + ServiceTokens.of("wu.hao", "web-portal", "INTERNAL", List.of("CIVIL_AFFAIRS"),
				"s-riverside", "STREET");
		this.http.get().uri("/residents?ids=1,2,3").header("Authorization", street).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].streetId").isEqualTo("s-riverside")
			.jsonPath("$[0].idNumber").value(number -> assertThat((String) number).hasSize(18).startsWith("110101"));
		this.http.get().uri("/applications/awaiting").header("Authorization", street).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$[*].streetId").value(ids -> assertThat((List<?>) ids).isNotEmpty());
	}

}
