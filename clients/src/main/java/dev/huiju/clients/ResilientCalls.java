package dev.huiju.clients;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * The one place a call to a domain service gets its place in the service's {@link CallLimit}, its timeout,
 * circuit breaker and (for reads only, within a {@link RetryBudget}) retries, and its failures their meaning: a
 * 4xx becomes a {@link DomainRejection}, everything else a {@link ServiceUnavailableException}.
 * <p>
 * The timeout and the breaker start once the call has its permit: waiting in line is load, not failure, so it
 * neither times a call out nor opens the breaker.
 */
public class ResilientCalls {

	private final String service;

	private final Duration timeout;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final CallLimit limit;

	/** One retry per ten reads over time, ten in a burst. */
	private final RetryBudget budget = new RetryBudget(0.1, 10);

	private final JsonMapper json = JsonMapper.builder().build();

	public ResilientCalls(String service, Duration timeout, CallLimit limit, CircuitBreakerRegistry breakers,
			RetryRegistry retries) {
		this.service = service;
		this.timeout = timeout;
		this.limit = limit;
		CircuitBreaker configured = breakers.circuitBreaker(service);
		// A refusal is an answer: it says nothing about the service's health.
		this.breaker = CircuitBreaker.of(service, CircuitBreakerConfig.from(configured.getCircuitBreakerConfig())
			.ignoreException(DomainRejection.class::isInstance)
			.build());
		breakers.replace(service, this.breaker);
		Retry configuredRetry = retries.retry(service);
		this.retry = Retry.of(service, RetryConfig.from(configuredRetry.getRetryConfig())
			.retryOnException(ex -> worthRetrying(ex) && this.budget.tryRetry())
			.build());
		retries.replace(service, this.retry);
	}

	/** An idempotent read: retried on failure while the budget allows. */
	public <T> Mono<T> read(Mono<T> call) {
		Mono<T> attempts = guarded(call).transform(RetryOperator.of(this.retry));
		return Mono.defer(() -> {
			this.budget.called();
			return attempts;
		}).onErrorMap(this::unavailable);
	}

	/** A change: never retried, since a timed-out attempt may have been applied. */
	public <T> Mono<T> write(Mono<T> call) {
		return guarded(call).onErrorMap(this::unavailable);
	}

	public CircuitBreaker breaker() {
		return this.breaker;
	}

	public CallLimit limit() {
		return this.limit;
	}

	private <T> Mono<T> guarded(Mono<T> call) {
		return this.limit.around(call.timeout(this.timeout)
			.onErrorMap(WebClientResponseException.class, this::rejectionIfClientError)
			.transform(CircuitBreakerOperator.of(this.breaker)));
	}

	private Throwable rejectionIfClientError(WebClientResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			return ex;
		}
		String code = "BAD_USER_INPUT";
		String message = "the request was refused";
		String field = null;
		String reason = null;
		try {
			JsonNode body = this.json.readTree(ex.getResponseBodyAsString());
			code = body.path("code").asString(code);
			message = body.path("message").asString(message);
			field = body.hasNonNull("field") ? body.get("field").asString() : null;
			reason = body.hasNonNull("reason") ? body.get("reason").asString() : null;
		}
		catch (RuntimeException unreadable) {
			// a body that is not an ApiError keeps the generic wording
		}
		return new DomainRejection(this.service, ex.getStatusCode().value(), code, message, field, reason);
	}

	private Throwable unavailable(Throwable ex) {
		if (ex instanceof DomainRejection || ex instanceof ServiceUnavailableException) {
			return ex;
		}
		return new ServiceUnavailableException(this.service, ex);
	}

	/** Not an answer, not an open breaker, not a full line: those would come back the same. */
	private static boolean worthRetrying(Throwable ex) {
		return !(ex instanceof DomainRejection || ex instanceof CallNotPermittedException
				|| ex instanceof ServiceBusyException);
	}

}
