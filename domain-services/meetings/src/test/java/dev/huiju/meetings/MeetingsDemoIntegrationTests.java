package dev.huiju.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.huiju.mocks.MockServer;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile seeds rooms and meetings that keep the rules, and the service books after them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.r2dbc.url=r2dbc:h2:mem:///meetings_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
		"spring.flyway.url=jdbc:h2:mem:meetings_demo;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
@ActiveProfiles("demo")
class MeetingsDemoIntegrationTests {

	private static final WireMockServer DIRECTORY = MockServer.start("directory", 0);

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry registry) {
		registry.add("huiju.services.directory.base-url", () -> "http://localhost:" + DIRECTORY.port());
	}

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	@Test
	void theDemoHasRoomsAndMeetingsAroundTodayWithNoRoomBookedTwice() {
		assertThat(count("SELECT COUNT(*) FROM room")).isEqualTo(12);
		assertThat(count("SELECT COUNT(*) FROM meeting WHERE title <> '演示之后'")).isEqualTo(300);
		assertThat(count("SELECT COUNT(*) FROM meeting a JOIN meeting b ON a.room_id = b.room_id AND a.id < b.id"
				+ " AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'"
				+ " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).isZero();
		assertThat(count("SELECT COUNT(*) FROM minutes")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM vote")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM attendee WHERE stands_in_for IS NOT NULL")).isPositive();
		this.http.get().uri("/meetings/invitations?personId=zhang.wei")
			.header("Authorization", ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$[?(@.title == '预算执行情况通报')]").exists();
	}

	@Test
	void bookingsThroughTheServiceAreNumberedAfterTheDemosRows() {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60);
		long rows = count("SELECT MAX(id) FROM meeting");
		this.http.post().uri("/meetings").header("Authorization", ServiceTokens.bearer("zhang.wei"))
			.bodyValue(Map.of("roomId", 5, "title", "演示之后", "startsAt", day + "T07:00:00Z", "endsAt", day + "T07:30:00Z",
					"attendeeIds", List.of()))
			.exchange().expectStatus().isCreated().expectBody()
			.jsonPath("$.meeting.id").isEqualTo((int) rows + 1);
	}

}
