package dev.huiju.clients.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Entries in Redis under {@code huiju:cache:<name>:<id>}, shared by every BFF instance, so an eviction by
 * one instance is seen by all.
 */
public class RedisCacheStore implements CacheStore {

	private final ReactiveStringRedisTemplate redis;

	public RedisCacheStore(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	@Override
	public Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids) {
		List<String> ordered = new ArrayList<>(ids);
		return this.redis.opsForValue().multiGet(ordered.stream().map(id -> key(name, id)).toList()).map(values -> {
			Map<String, CachedEntry> found = new HashMap<>();
			for (int i = 0; i < ordered.size(); i++) {
				if (values.get(i) != null) {
					found.put(ordered.get(i), CachedEntry.decode(values.get(i)));
				}
			}
			return found;
		});
	}

	@Override
	public Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep) {
		return Flux.fromIterable(entries.entrySet())
			.flatMap(e -> this.redis.opsForValue().set(key(name, e.getKey()), e.getValue().encode(), keep))
			.then();
	}

	@Override
	public Mono<Void> evict(String name, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Mono.empty();
		}
		return this.redis.delete(Flux.fromIterable(ids).map(id -> key(name, id))).then();
	}

	static String key(String name, String id) {
		return "huiju:cache:" + name + ":" + id;
	}


}
