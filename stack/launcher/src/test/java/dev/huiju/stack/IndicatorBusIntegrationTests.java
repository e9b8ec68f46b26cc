package dev.huiju.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two BFF instances of one deployment on one Redis (a Redis of this test's own, so it can be restarted): a
 * change announced to instance A reaches a subscriber connected to instance B, and still does after Redis
 * restarts, without the subscriber reconnecting.
 */
class IndicatorBusIntegrationTests {

	private static RedisServer redis;

	private static ServiceProcess a;

	private static ServiceProcess b;

	@BeforeAll
	static void twoInstancesOnOneRedis() throws Exception {
		redis = new RedisServer(TestStack.freePort(), TestStack.LOGS.resolve("bus-redis.log")).start();
		List<String> settings = List.of("--huiju.redis.enabled=true", "--spring.data.redis.port=" + redis.port());
		a = TestStack.anotherBff("bus-a", settings);
		b = TestStack.anotherBff("bus-b", settings);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		for (ServiceProcess bff : new ServiceProcess[] { a, b }) {
			if (bff != null) {
				bff.close();
			}
		}
		if (redis != null) {
			redis.close();
		}
	}

	private final GraphQl gql = TestStack.h2().graphQl();

	/** What the big screen service does on a change: posts the new values to one instance, under its own token. */
	private static int announce(ServiceProcess instance, double value) {
		return WebTestClient.bindToServer().baseUrl(instance.url()).responseTimeout(Duration.ofSeconds(10)).build()
			.post().uri("/internal/indicator-changes")
			.header("Authorization", "Bearer " + TestTokens.machine("bigscreen", "statistics:read indicators:publish"))
			.bodyValue(List.of(Map.of("key", "eldercare.open-red-alerts", "label", "未关闭红灯", "unit", "个", "dimension",
					"DISTRICT", "combine", "SUM", "source", "eldercare-now", "value", value, "members", 2, "stale", false)))
			.exchange().returnResult(Void.class).getStatus().value();
	}

	@Test
	void onlyAPublishersOwnTokenWithItsScopeMayAnnounce() {
		WebTestClient instance = WebTestClient.bindToServer().baseUrl(a.url()).build();
		String body = "[]";
		instance.post().uri("/internal/indicator-changes").header("Content-Type", "application/json").bodyValue(body)
			.exchange().expectStatus().isUnauthorized();
		for (String stranger : List.of(this.gql.token("chen.jie"), TestTokens.machine("reports", "indicators:publish"))) {
			instance.post().uri("/internal/indicator-changes").header("Authorization", "Bearer " + stranger)
				.header("Content-Type", "application/json").bodyValue(body).exchange().expectStatus().isUnauthorized();
		}
		instance.post().uri("/internal/indicator-changes")
			.header("Authorization", "Bearer " + TestTokens.machine("bigscreen", "statistics:read"))
			.header("Content-Type", "application/json").bodyValue(body).exchange().expectStatus().isForbidden();
		instance.get().uri("/internal/indicator-changes")
			.header("Authorization", "Bearer " + TestTokens.machine("bigscreen", "indicators:publish"))
			.exchange().expectStatus().isForbidden();
		instance.post().uri("/internal/indicator-changes")
			.header("Authorization", "Bearer " + TestTokens.machine("bigscreen", "indicators:publish"))
			.header("Content-Type", "application/json").bodyValue(body).exchange().expectStatus().isAccepted();
	}

	@Test
	void aSubscriberOnInstanceBHearsAChangeAnnouncedToInstanceAAndStillDoesAfterRedisRestarts() throws Exception {
		WebSocketGraphQlClient screen = Screens.connect(b.url(), this.gql.token("chen.jie"));
		List<Double> heard = new CopyOnWriteArrayList<>();
		Disposable listening = screen.document("subscription { indicatorChanged(keys: [\"eldercare.open-red-alerts\"]) { key value } }")
			.executeSubscription()
			.subscribe(event -> heard.add(((Number) event.field("indicatorChanged.value").getValue()).doubleValue()));
		try {
			// the subscription is registered once an announcement gets through to it; announce until it does
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
				assertThat(announce(a, 11)).isEqualTo(202);
				return heard.contains(11.0);
			});

			redis.stop();
			assertThat(announce(a, 12)).as("announced while Redis is down").isEqualTo(503);
			redis.start();
			long restarted = System.nanoTime();
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
				int status = announce(a, 13);
				return status == 202 && heard.contains(13.0);
			});
			System.out.println("heard again " + Duration.ofNanos(System.nanoTime() - restarted).toMillis()
					+ " ms after Redis restarted");
			// an announcement made while Redis was away may arrive once it is back, but never after a later one
			assertThat(heard.get(heard.size() - 1)).isEqualTo(13.0);
		}
		finally {
			listening.dispose();
			screen.stop().block(Duration.ofSeconds(5));
		}
	}

}
