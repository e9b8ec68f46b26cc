package dev.huiju.bff.ratelimits;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Fixed windows counted in Redis, so that every BFF instance shares one allowance per user: INCR on a key per
 * user and window, which expires with the window.
 */
class RedisRateLimiter implements RateLimiter {

	private final ReactiveStringRedisTemplate redis;

	private final RateLimitProperties properties;

	private final Clock clock;

	RedisRateLimiter(ReactiveStringRedisTemplate redis, RateLimitProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Mono<Verdict> take(String bucket, String userId) {
		RateLimitProperties.Allowance allowance = this.properties.of(bucket);
		FixedWindow window = FixedWindow.of(bucket, userId, allowance, this.clock.millis());
		String key = "huiju:rate:" + window.key();
		return this.redis.opsForValue()
			.increment(key)
			.flatMap(count -> (count == 1) ? this.redis.expire(key, allowance.window()).thenReturn(count)
					: Mono.just(count))
			.map(count -> new Verdict(count <= allowance.limit(), window.retryAfter()));
	}
}
