package dev.huiju.bff.ratelimits;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.huiju.clients.cache.ExpiresAt;
import reactor.core.publisher.Mono;

/**
 * Fixed windows counted in this process: the embedded default. With several BFF instances each counts on
 * its own, so production uses {@link RedisRateLimiter}. A counter lives until its window ends, and at most
 * {@value #CAPACITY} live at once.
 */
class InProcessRateLimiter implements RateLimiter {

	static final int CAPACITY = 100_000;

	private final RateLimitProperties properties;

	private final Clock clock;

	private final Cache<String, Counter> counters;

	InProcessRateLimiter(RateLimitProperties properties, Clock clock) {
		this(properties, clock, CAPACITY);
	}

	InProcessRateLimiter(RateLimitProperties properties, Clock clock, long capacity) {
		this.properties = properties;
		this.clock = clock;
		this.counters = Caffeine.newBuilder()
			.maximumSize(capacity)
			.ticker(ExpiresAt.ticker(clock))
			.expireAfter(ExpiresAt.<String, Counter>of(Counter::windowEnds, clock))
			.build();
	}

	@Override
	public Mono<Verdict> take(String bucket, String userId) {
		RateLimitProperties.Allowance allowance = this.properties.of(bucket);
		long now = this.clock.millis();
		FixedWindow window = FixedWindow.of(bucket, userId, allowance, now);
		int count = this.counters.get(window.key(), key -> new Counter(new AtomicInteger(), now + window.retryAfter().toMillis()))
			.count()
			.incrementAndGet();
		return Mono.just(new Verdict(count <= allowance.limit(), window.retryAfter()));
	}

	long size() {
		this.counters.cleanUp();
		return this.counters.estimatedSize();
	}

	private record Counter(AtomicInteger count, long windowEnds) {
	}

}
