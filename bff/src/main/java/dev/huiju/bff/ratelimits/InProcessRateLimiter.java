package dev.huiju.bff.ratelimits;

import java.time.Clock;
import java.time.Duration;
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
		long windowMillis = allowance.window().toMillis();
		long now = this.clock.millis();
		long window = now / windowMillis;
		String key = bucket + ":" + userId + ":" + window;
		if (this.counters.size() > 10_000) {
			this.counters.keySet().removeIf(k -> !k.endsWith(":" + window));
		}
		int count = this.counters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		Duration retryAfter = Duration.ofMillis((window + 1) * windowMillis - now);
		return Mono.just(new Verdict(count <= allowance.limit(), retryAfter));
	}

}
