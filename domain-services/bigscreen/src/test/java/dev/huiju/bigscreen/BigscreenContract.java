package dev.huiju.bigscreen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.huiju.bigscreen.gathering.Gatherer;
import dev.huiju.bigscreen.gathering.Point;
import dev.huiju.mocks.MockServer;
import dev.huiju.service.support.ThreadDumpOnTimeout;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The big screen over HTTP, on either database; subclasses choose it. The domain services' statistics are their
 * recorded answers (kept honest by the drift test); the authorization server's token endpoint, which a deployment
 * brings, is a stub that hands out a statistics:read token. Tests drive the gathering themselves.
 */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class BigscreenContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, WireMockServer> SERVICES = Map.of("documents", MockServer.start("documents", 0),
			"meetings", MockServer.start("meetings", 0), "dining", MockServer.start("dining", 0), "eldercare",
			MockServer.start("eldercare", 0));

	private static final WireMockServer AUTH = auth();

	private static WireMockServer auth() {
		WireMockServer auth = new WireMockServer(0);
		auth.start();
		auth.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(okJson("{\"access_token\":\""
				+ ServiceTokens.machine("bigscreen", "statistics:read")
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"statistics:read indicators:publish\"}")));
		auth.stubFor(post(urlPathEqualTo("/internal/indicator-changes")).willReturn(aResponse().withStatus(202)));
		return auth;
	}

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		SERVICES.forEach((name, server) -> registry.add("huiju.services." + name + ".base-url",
				() -> "http://localhost:" + server.port()));
		registry.add("huiju.bigscreen.token-uri", () -> "http://localhost:" + AUTH.port() + "/oauth2/token");
		registry.add("huiju.bigscreen.gather", () -> "false");
		// the BFF that hears of changes: here, a receiver that records what it is told
		registry.add("huiju.bigscreen.notify-url", () -> "http://localhost:" + AUTH.port() + "/internal/indicator-changes");
	}

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	@Autowired
	Gatherer gatherer;

	static final String MACHINE = "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read");

	static final String LEADER = "Bearer " + ServiceTokens.of("chen.jie", "dashboard", "INTERNAL", List.of("LEADER"));

	@AfterEach
	void recordedAnswersAgain() {
		SERVICES.values().forEach(server -> server.getStubMappings().stream()
			.filter(stub -> stub.getPriority() != null && stub.getPriority() == 1)
			.toList()
			.forEach(server::removeStub));
	}

	List<Map<String, Object>> now(String bearer, String query) {
		return this.http.get().uri("/indicators" + query).header("Authorization", bearer).exchange()
			.expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
	}

	Map<String, Object> indicator(String key) {
		return now(MACHINE, "?keys=" + key).get(0);
	}

	long points() {
		return this.db.sql("SELECT COUNT(*) AS n FROM point").map((row, meta) -> ((Number) row.get("n")).longValue())
			.one().block();
	}

	@Test
	void everyConfiguredIndicatorIsGatheredAndCombinedForTheCity() {
		this.gatherer.gatherOnce().block();
		List<Map<String, Object>> all = now(MACHINE, "");
		assertThat(all).extracting(i -> i.get("key")).contains("documents.in-progress", "meetings.room-utilisation",
				"dining.reservations", "dining.canteen-rating", "eldercare.open-red-alerts", "eldercare.applications-submitted");
		assertThat(all).allMatch(i -> Boolean.FALSE.equals(i.get("stale")) && i.get("computedAt") != null);
		// counts add up over the members, ratios are averaged
		assertThat(indicator("dining.reservations")).containsEntry("value", 64.0).containsEntry("members", 2)
			.containsEntry("source", "dining-today").containsEntry("dimension", "DISTRICT");
		assertThat(indicator("documents.overdue")).containsEntry("value", 8.0).containsEntry("dimension", "DEPARTMENT");
		assertThat(indicator("eldercare.institutions-by-rating")).containsEntry("value", 12.0).containsEntry("members", 4)
			.containsEntry("dimension", "RATING");
		// weighted where the members differ in size: the buildings' ratios by their bookable minutes, the canteens'
		// scores by their ratings
		assertThat((Double) indicator("meetings.room-utilisation").get("value")).isCloseTo(
				(0.1111 * 2160 + 0.0706 * 2550) / (2160 + 2550), org.assertj.core.data.Offset.offset(0.0001));
		assertThat((Double) indicator("dining.canteen-rating").get("value")).isCloseTo((4.08 * 3 + 4.15 * 12) / 15,
				org.assertj.core.data.Offset.offset(0.0001));

		List<Map<String, Object>> top = this.http.get().uri("/indicators/members?keys=dining.canteen-rating,eldercare.waiting&limit=1")
			.header("Authorization", LEADER).exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
		assertThat(top).hasSize(2);
		assertThat(top.get(1)).containsEntry("key", "eldercare.waiting").containsEntry("member", "d-east").containsEntry("value", 31.0);
		assertThat(top.get(0)).containsEntry("member", "3").containsEntry("label", "滨江社区长者食堂").containsEntry("value", 4.15);
	}

	@Test
	void onlyWhatChangedIsWrittenAndAnnounced() {
		this.gatherer.gatherOnce().block();
		long before = points();
		List<Point> announced = new CopyOnWriteArrayList<>();
		Disposable listening = this.gatherer.changes().subscribe(announced::add);
		try {
			assertThat(this.gatherer.gatherOnce().block()).isEmpty();
			assertThat(points()).isEqualTo(before);

			SERVICES.get("eldercare").stubFor(get(urlPathEqualTo("/statistics/now")).atPriority(1).willReturn(okJson("""
					[{"districtId": "d-east", "activeResidents": 1561, "beds": 130, "occupied": 97, "waiting": 31,
					  "averageWaitingDays": 0.0, "openRed": 6, "openYellow": 5},
					 {"districtId": "d-west", "activeResidents": 780, "beds": 104, "occupied": 70, "waiting": 18,
					  "averageWaitingDays": 0.0, "openRed": 1, "openYellow": 3}]
					""")));
			AUTH.resetRequests();
			List<Point> written = this.gatherer.gatherOnce().block();
			assertThat(written).extracting(Point::indicatorKey, Point::member, Point::amount)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("eldercare.open-red-alerts", "d-east", 6.0));
			assertThat(announced).extracting(Point::indicatorKey).containsExactly("eldercare.open-red-alerts");
			assertThat(points()).isEqualTo(before + 1);
			assertThat(indicator("eldercare.open-red-alerts")).containsEntry("value", 7.0);
			// the BFF is told the indicator's new value for the city, under the service's own token
			List<LoggedRequest> told = AUTH.findAll(postRequestedFor(urlPathEqualTo("/internal/indicator-changes")));
			assertThat(told).isNotEmpty();
			assertThat(told.get(told.size() - 1).getBodyAsString()).contains("\"key\":\"eldercare.open-red-alerts\"")
				.contains("\"value\":7.0").doesNotContain("eldercare.waiting");
			assertThat(told.get(told.size() - 1).getHeader("Authorization")).startsWith("Bearer ");
		}
		finally {
			listening.dispose();
		}
	}

	@Test
	void aSourceThatIsDownLeavesItsIndicatorsStaleAndShownNeverMissing() {
		this.gatherer.gatherOnce().block();
		Object red = indicator("eldercare.open-red-alerts").get("value");
		SERVICES.get("eldercare").stubFor(get(urlPathEqualTo("/statistics/now")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.gatherer.gatherOnce().block();
		assertThat(indicator("eldercare.open-red-alerts")).containsEntry("stale", true).containsEntry("value", red);
		assertThat(indicator("eldercare.waiting")).containsEntry("stale", true);
		assertThat(indicator("dining.reservations")).containsEntry("stale", false);

		recordedAnswersAgain();
		this.gatherer.gatherOnce().block();
		assertThat(indicator("eldercare.open-red-alerts")).containsEntry("stale", false);
	}

	@Test
	void aMemberTheSourceNoLongerListsLeavesTheCitysFigure() {
		this.gatherer.gatherOnce().block();
		assertThat(indicator("eldercare.waiting")).containsEntry("value", 49.0).containsEntry("members", 2);
		SERVICES.get("eldercare").stubFor(get(urlPathEqualTo("/statistics/now")).atPriority(1).willReturn(okJson("""
				[{"districtId": "d-east", "activeResidents": 1561, "beds": 130, "occupied": 97, "waiting": 31,
				  "averageWaitingDays": 0.0, "openRed": 2, "openYellow": 5}]
				""")));
		this.gatherer.gatherOnce().block();
		assertThat(indicator("eldercare.waiting")).containsEntry("value", 31.0).containsEntry("members", 1);
		recordedAnswersAgain();
		this.gatherer.gatherOnce().block();
		assertThat(indicator("eldercare.waiting")).containsEntry("value", 49.0).containsEntry("members", 2);
	}

	@Test
	void aYearOfDailyPointsOfTwentyIndicatorsIsOneRequestComputedInTheDatabase() {
		String stamp = Long.toString(System.nanoTime(), 36);
		List<String> keys = IntStream.range(0, 20).mapToObj(i -> "test." + stamp + "." + i).toList();
		LocalDate first = LocalDate.of(2025, 1, 1);
		for (String key : keys) {
			this.db.sql("INSERT INTO indicator (indicator_key, source, label, unit, dimension, combine) VALUES"
					+ " (:key, 'test', '测试', '件', 'DISTRICT', 'SUM')").bind("key", key).then().block();
			List<String> rows = new ArrayList<>();
			for (int d = 0; d < 365; d++) {
				LocalDateTime noon = first.plusDays(d).atTime(12, 0);
				for (String member : List.of("d-east", "d-west")) {
					// two points a day: the one of the evening is the day's
					rows.add("('" + key + "', '" + member + "', " + d + ", '" + at(noon) + "', '" + local(noon) + "', 'test')");
					rows.add("('" + key + "', '" + member + "', " + (d + 1000) + ", '" + at(noon.plusHours(8)) + "', '"
							+ local(noon.plusHours(8)) + "', 'test')");
				}
			}
			this.db.sql("INSERT INTO point (indicator_key, member, amount, computed_at, local_at, source) VALUES "
					+ String.join(", ", rows)).then().block();
		}
		List<Map<String, Object>> series = history(keys, "2025-01-01", "2025-12-31", "DAY", null);
		assertThat(series).extracting(s -> s.get("key")).containsExactlyElementsOf(keys);
		assertThat(series).allMatch(s -> ((List<?>) s.get("buckets")).size() == 365);
		List<Map<String, Object>> daily = buckets(series.get(7));
		// each day: the evening's value of both districts, added
		assertThat(daily.get(0)).containsEntry("at", "2025-01-01T00:00:00").containsEntry("value", 2000.0);
		assertThat(daily.get(364)).containsEntry("at", "2025-12-31T00:00:00").containsEntry("value", 2 * 1364.0);

		List<Map<String, Object>> weekly = buckets(history(keys.subList(0, 1), "2025-01-01", "2025-01-31", "WEEK", "d-east").get(0));
		// weeks start on Monday: 2024-12-30 holds 1 to 5 January, whose last evening is day 4
		assertThat(weekly.get(0)).containsEntry("at", "2024-12-30T00:00:00").containsEntry("value", 1004.0);
		assertThat(weekly.get(1)).containsEntry("at", "2025-01-06T00:00:00").containsEntry("value", 1011.0);
		List<Map<String, Object>> monthly = buckets(history(keys.subList(0, 1), "2025-01-01", "2025-12-31", "MONTH", null).get(0));
		assertThat(monthly).hasSize(12);
		assertThat(monthly.get(1)).containsEntry("at", "2025-02-01T00:00:00").containsEntry("value", 2 * 1058.0);
		List<Map<String, Object>> hourly = buckets(history(keys.subList(0, 1), "2025-03-01", "2025-03-01", "HOUR", "d-west").get(0));
		assertThat(hourly).extracting(p -> p.get("at")).containsExactly("2025-03-01T12:00:00", "2025-03-01T20:00:00");
	}

	@Test
	void figuresAreForLeadersAndStatisticsMachinesAndBadAsksAreTypedErrors() {
		this.http.get().uri("/indicators").header("Authorization", ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/indicators").header("Authorization", "Bearer " + ServiceTokens.machine("other")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/indicators").exchange().expectStatus().isUnauthorized();
		now(LEADER, "");
		this.http.get().uri("/indicators/history?keys=no.such&from=2025-01-01&to=2025-01-02").header("Authorization", MACHINE)
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.field").isEqualTo("keys");
		this.http.get().uri("/indicators/history?keys=dining.reservations&from=2025-01-02&to=2025-01-01")
			.header("Authorization", MACHINE).exchange().expectStatus().isBadRequest();
		this.http.get().uri("/indicators/history?keys=dining.reservations&from=2020-01-01&to=2025-01-01&granularity=HOUR")
			.header("Authorization", MACHINE).exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.field").isEqualTo("granularity");
		this.http.get().uri("/indicators/history?keys=dining.reservations&from=2025-01-01&to=2025-01-02&granularity=YEAR")
			.header("Authorization", MACHINE).exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
	}

	private List<Map<String, Object>> history(List<String> keys, String from, String to, String granularity,
			String member) {
		return this.http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build().get().uri(uri -> {
			uri.path("/indicators/history").queryParam("keys", String.join(",", keys)).queryParam("from", from)
				.queryParam("to", to).queryParam("granularity", granularity);
			if (member != null) {
				uri.queryParam("member", member);
			}
			return uri.build();
		}).header("Authorization", MACHINE).exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> buckets(Map<String, Object> series) {
		return (List<Map<String, Object>>) series.get("buckets");
	}

	/** Literals both databases read. */
	private static String at(LocalDateTime local) {
		return local.atZone(ZONE).toOffsetDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx"));
	}

	private static String local(LocalDateTime local) {
		return local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
	}

}
