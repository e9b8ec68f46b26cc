package dev.huiju.bff.channels;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Texts in Redis, shared by every BFF instance; each kept for a day after it was last registered. */
class RedisPersistedQueryStore implements PersistedQueryStore {

	static final String PREFIX = "huiju:apq:";

	private static final Duration KEEP = Duration.ofDays(1);

	private final ReactiveStringRedisTemplate redis;

	RedisPersistedQueryStore(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	@Override
	public Mono<String> find(String sha256) {
		return this.redis.opsForValue().get(PREFIX + sha256);
	}

	@Override
	public Mono<Void> save(String sha256, String query) {
		return this.redis.opsForValue().set(PREFIX + sha256, query, KEEP).then();
	}

}
