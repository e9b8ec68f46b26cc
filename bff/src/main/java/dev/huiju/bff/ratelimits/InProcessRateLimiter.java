package dev.huiju.bff.ratelimits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/**
 * Fixed windows counted in this process: the embedded default. With several BFF instances each counts on
 * its own, so production uses {@link RedisRateLimiter}.
 */
class InProcessRateLimiter implements RateLimiter {

	private final RateLimitProperties properties;

	private final Clock clock;

	private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

	InProcessRateLimiter(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Mono<Verdict> take(String bucket, String userId) {
		RateLimitProperties.Allowance allowance = this.properties.of(bucket);
		FixedWindow window = FixedWindow.of(bucket, userId, allowance, this.clock.millis());
		if (this.counters.size() > 10_000) {
			// Counters of windows that have passed are never read again.
			String current = window.key().substring(window.key().lastIndexOf(':'));
			this.counters.keySet().removeIf(key -> !key.endsWith(current));
		}
		int count = this.counters.computeIfAbsent(window.key(), key -> new AtomicInteger()).incrementAndGet();
		return Mono.just(new Verdict(count <= allowance.limit(), window.retryAfter()));
	}
}
