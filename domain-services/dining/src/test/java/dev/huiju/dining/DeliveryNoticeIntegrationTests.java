package dev.huiju.dining;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 48 hours of notice to the second, on a clock the test sets: a delivery whose lunch is 48 hours away
 * may still start or pause; one second later it may not, and the refusal changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///dining_notice;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
		"spring.flyway.url=jdbc:h2:mem:dining_notice;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" })
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ ServiceTokens.class, DeliveryNoticeIntegrationTests.SetClock.class })
class DeliveryNoticeIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A Monday well ahead; lunch is served at 11:00. */
	private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

	private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2031-03-01T00:00:00Z"));

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private static Instant lunchOf(LocalDate day) {
		return day.atTime(11, 0).atZone(ZONE).toInstant();
	}

	private WebTestClient.ResponseSpec post(String uri, Map<String, ?> body) {
		String bearer = "Bearer " + ServiceTokens.of("r-notice", "mini-program", "PUBLIC", List.of("CITIZEN"), "s-riverside",
				"STREET");
		return this.http.post().uri(uri).header("Authorization", bearer).bodyValue(body).exchange();
	}

	@Test
	void fortyEightHoursAheadIsEnoughAndOneSecondLessIsNot() {
		this.db.sql("INSERT INTO canteen (name, kind, district_id, street_id, address, seats, opens_at, closes_at, delivers,"
				+ " licence_status, licence_expires, operator_id, updated_at) VALUES ('通知测试食堂', 'COMMUNITY', 'd-east',"
				+ " 's-riverside', '测试路2号', 40, :opens, :closes, TRUE, 'VALID', :expires, 'zhao.lei', CURRENT_TIMESTAMP)")
			.bind("opens", LocalTime.of(10, 0)).bind("closes", LocalTime.of(19, 0)).bind("expires", DAY.plusYears(1))
			.then().block();
		long canteen = this.db.sql("SELECT id FROM canteen WHERE name = '通知测试食堂'")
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		this.db.sql("INSERT INTO diner (id, name, district_id, street_id, address, phone) VALUES ('r-notice', '通知测试',"
				+ " 'd-east', 's-riverside', '测试小区2栋', '13900000001')").then().block();
		Map<String, Object> start = Map.of("canteenId", canteen, "meal", "LUNCH", "startsOn", DAY.toString());

		NOW.set(lunchOf(DAY).minusSeconds(48 * 3600 - 1));
		DiningContract.refusedBy(post("/delivery-orders", start), "NOTICE_UNDER_48_HOURS");
		assertThat(count("SELECT COUNT(*) FROM delivery_order")).isZero();
		NOW.set(lunchOf(DAY).minusSeconds(48 * 3600));
		long order = ((Number) post("/delivery-orders", start).expectStatus().isCreated().expectBody(Map.class)
			.returnResult().getResponseBody().get("id")).longValue();

		LocalDate pause = DAY.plusDays(5);
		NOW.set(lunchOf(pause).minusSeconds(48 * 3600 - 1));
		DiningContract.refusedBy(post("/delivery-orders/" + order + "/pause", Map.of("from", pause.toString())),
				"NOTICE_UNDER_48_HOURS");
		assertThat(count("SELECT COUNT(*) FROM delivery_change")).isZero();
		NOW.set(lunchOf(pause).minusSeconds(48 * 3600));
		post("/delivery-orders/" + order + "/pause", Map.of("from", pause.toString())).expectStatus().isOk()
			.expectBody().jsonPath("$.pausedFrom").isEqualTo(pause.toString());
	}

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SetClock {

		@Bean
		@Primary
		Clock settableClock() {
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return ZONE;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return NOW.get();
				}
			};
		}

	}

}
