package dev.huiju.clients;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** A slow or failing service (WireMock) behind the calls' limit, timeout, breaker and retry budget. */
class ResilientCallsTests {

	private final WireMockServer service = new WireMockServer(options().dynamicPort().containerThreads(40));

	private WebClient http;

	@BeforeEach
	void start() {
		this.service.start();
		this.http = WebClient.create(this.service.baseUrl());
	}

	@AfterEach
	void stop() {
		this.service.stop();
	}

	@Test
	void callsPastTheLimitWaitTheirTurnAndTheWaitNeitherTimesThemOutNorOpensTheBreaker() {
		this.service.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(300).withBody("ok")));
		ResilientCalls calls = calls(new CallLimit("svc", 1, 100, Duration.ofSeconds(10)), Duration.ofMillis(1200));
		assertThat(slow().block(Duration.ofSeconds(5))).as("the client's connection, made before timing").isEqualTo("ok");
		this.service.resetRequests();

		long started = System.nanoTime();
		List<String> answers = Flux.range(0, 6).flatMap(i -> calls.read(slow())).collectList().block(Duration.ofSeconds(20));
		long tookMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(answers).hasSize(6).containsOnly("ok");
		// one at a time: six rounds of 300 ms, so the last call waited 1.5 s, longer than its 1.2 s timeout
		assertThat(tookMs).isGreaterThanOrEqualTo(1750);
		assertThat(this.service.findAll(getRequestedFor(urlPathEqualTo("/slow")))).as("no retry").hasSize(6);
		assertThat(calls.breaker().getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(calls.limit().inFlight()).isZero();
	}

	@Test
	void aFullLineIsRefusedAtOnceWithoutCallingTheServiceOrCountingAgainstIt() {
		this.service.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1000).withBody("ok")));
		ResilientCalls calls = calls(new CallLimit("svc", 1, 1, Duration.ofSeconds(10)), Duration.ofSeconds(3));
		Mono<String> first = calls.read(slow()).cache();
		Mono<String> second = calls.read(slow()).cache();
		first.subscribe();
		second.subscribe();
		awaitQueued(calls.limit(), 1);

		long started = System.nanoTime();
		Throwable refused = failure(calls.read(slow()));
		long tookMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(refused).isInstanceOf(ServiceBusyException.class);
		assertThat(((ServiceBusyException) refused).service()).isEqualTo("svc");
		assertThat(tookMs).isLessThan(500);
		assertThat(first.block(Duration.ofSeconds(5))).isEqualTo("ok");
		assertThat(second.block(Duration.ofSeconds(5))).isEqualTo("ok");
		assertThat(this.service.findAll(getRequestedFor(urlPathEqualTo("/slow")))).hasSize(2);
		assertThat(calls.breaker().getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void aCallWaitingPastItsBoundIsRefusedAndALeftCallGivesItsPlaceBack() {
		this.service.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500).withBody("ok")));
		ResilientCalls calls = calls(new CallLimit("svc", 1, 10, Duration.ofMillis(200)), Duration.ofSeconds(3));
		var first = calls.read(slow()).subscribe();
		awaitInFlight(calls.limit(), 1);

		Throwable waitedTooLong = failure(calls.read(slow()));
		assertThat(waitedTooLong).isInstanceOf(ServiceBusyException.class);

		first.dispose();
		awaitInFlight(calls.limit(), 0);
		this.service.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withBody("ok")));
		assertThat(calls.read(slow()).block(Duration.ofSeconds(5))).isEqualTo("ok");
	}

	@Test
	void retriesOfAFailingServiceStayWithinTheBudget() {
		this.service.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(500)));
		ResilientCalls calls = calls(new CallLimit("svc", 4, 100, Duration.ofSeconds(10)), Duration.ofSeconds(2));

		for (int i = 0; i < 40; i++) {
			Throwable failed = failure(calls.read(slow()));
			assertThat(failed).isInstanceOf(ServiceUnavailableException.class).isNotInstanceOf(ServiceBusyException.class);
		}

		// without a budget, 40 reads of three attempts each: 120; with it, the reserve of 10 and one in ten reads
		int attempts = this.service.findAll(getRequestedFor(urlPathEqualTo("/slow"))).size();
		assertThat(attempts).isBetween(40 + 10, 40 + 10 + 4);
	}

	/** What the call failed with; an answer fails the test. */
	private static Throwable failure(Mono<String> call) {
		return call.<Throwable>flatMap(answer -> Mono.error(new AssertionError("answered " + answer)))
			.onErrorResume(Mono::just)
			.block(Duration.ofSeconds(5));
	}

	private Mono<String> slow() {
		return this.http.get().uri("/slow").retrieve().bodyToMono(String.class);
	}

	private static ResilientCalls calls(CallLimit limit, Duration timeout) {
		// a breaker that would never open in these tests, so that its failure count is what they read
		CircuitBreakerConfig breaker = CircuitBreakerConfig.custom().minimumNumberOfCalls(1000).slidingWindowSize(1000).build();
		RetryConfig retry = RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(1)).build();
		ResilientCalls calls = new ResilientCalls("svc", timeout, limit, CircuitBreakerRegistry.of(breaker),
				RetryRegistry.of(retry));
		assertThat(calls.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		return calls;
	}

	private static void awaitQueued(CallLimit limit, int queued) {
		await(() -> limit.queued() == queued);
	}

	private static void awaitInFlight(CallLimit limit, int inFlight) {
		await(() -> limit.inFlight() == inFlight);
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

}
