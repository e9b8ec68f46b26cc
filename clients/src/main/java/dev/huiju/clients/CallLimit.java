package dev.huiju.clients;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.pool.InstrumentedPool;
import reactor.pool.PoolAcquirePendingLimitException;
import reactor.pool.PoolAcquireTimeoutException;
import reactor.pool.PoolBuilder;
import reactor.pool.PooledRef;

/**
 * At most {@code maxConcurrent} calls in flight to one service; the others wait in line, first come first
 * served, at most {@code maxQueued} of them and each for at most {@code maxWait}; past that a call is refused
 * at once with {@link ServiceBusyException}. The service then works at the concurrency it answers best at and
 * overload shows as a longer wait in the BFF, never as a queue inside the service that turns into timeouts.
 * <p>
 * The permits are a reactor-pool of tokens: waiting is a subscription in the pool's queue, not a parked thread,
 * so a full limit never blocks an event loop (resilience4j's semaphore bulkhead waits by blocking the thread).
 */
public final class CallLimit {

	private static final Object PERMIT = new Object();

	private final String service;

	private final Duration maxWait;

	private final InstrumentedPool<Object> permits;

	public CallLimit(String service, int maxConcurrent, int maxQueued, Duration maxWait) {
		this.service = service;
		this.maxWait = maxWait;
		this.permits = PoolBuilder.from(Mono.just(PERMIT)).sizeBetween(0, maxConcurrent).maxPendingAcquire(maxQueued)
			.buildPool();
	}

	/** {@code call}, subscribed once a permit is free; the permit returns when it ends, fails or is cancelled. */
	public <T> Mono<T> around(Mono<T> call) {
		return Mono.usingWhen(this.permits.acquire(this.maxWait), permit -> call, PooledRef::release,
				(permit, error) -> permit.release(), PooledRef::release)
			.onErrorMap(CallLimit::noPlace, ex -> new ServiceBusyException(this.service, ex));
	}

	/** The line was full, or the wait too long: the service was never called. */
	private static boolean noPlace(Throwable ex) {
		return ex instanceof PoolAcquireTimeoutException || ex instanceof PoolAcquirePendingLimitException;
	}

	/** Calls in flight now. */
	public int inFlight() {
		return this.permits.metrics().acquiredSize();
	}

	/** Calls waiting for a permit now. */
	public int queued() {
		return this.permits.metrics().pendingAcquireSize();
	}

}
