package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.huiju.clients.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch lookups through the cache, for the kinds of data configured under {@code huiju.clients.cache.<name>}
 * (others go straight to their service). Fresh entries are answered from the cache; the rest are loaded in
 * one call and stored. When the service fails, entries past their time to live are served as long as they are
 * kept ({@code stale-for}); the lookup fails only when an id has no entry at all.
 */
public class ReferenceCache {

	private static final Logger log = LoggerFactory.getLogger(ReferenceCache.class);

	private final CacheStore store;

	private final Map<String, Policy> policies;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	public ReferenceCache(CacheStore store, Map<String, Policy> policies, Clock clock) {
		this.store = store;
		this.policies = (policies != null) ? Map.copyOf(policies) : Map.of();
		this.clock = clock;
	}

	public <T> Mono<Map<String, T>> lookup(String name, Collection<String> ids, Class<T> type,
			Function<Collection<String>, Mono<Map<String, T>>> load) {
		Policy policy = this.policies.get(name);
		if (policy == null || ids.isEmpty()) {
			return load.apply(ids);
		}
		return this.store.get(name, ids).onErrorResume(unreadable -> {
			log.warn("cache {} unreadable, loading from the service: {}", name, unreadable.toString());
			return Mono.just(Map.of());
		}).flatMap(cached -> {
			long now = this.clock.millis();
			Map<String, T> answer = new HashMap<>();
			Set<String> missing = new LinkedHashSet<>();
			for (String id : ids) {
				CacheStore.CachedEntry entry = cached.get(id);
				if (entry != null && entry.freshUntil() > now) {
					answer.put(id, decode(entry, type));
				}
				else {
					missing.add(id);
				}
			}
			if (missing.isEmpty()) {
				return Mono.just(answer);
			}
			return load.apply(missing).flatMap(loaded -> {
				answer.putAll(loaded);
				return store(name, policy, loaded).thenReturn(answer);
			}).onErrorResume(ServiceUnavailableException.class, failure -> {
				if (!missing.stream().allMatch(cached::containsKey)) {
					return Mono.error(failure);
				}
				log.warn("{} unavailable; serving {} stale {} entries", failure.getMessage(), missing.size(), name);
				missing.forEach(id -> answer.put(id, decode(cached.get(id), type)));
				return Mono.just(answer);
			});
		});
	}

	/** Drops entries that a change made through the BFF made wrong, for every instance. */
	public Mono<Void> evict(String name, Collection<String> ids) {
		return this.policies.containsKey(name) ? this.store.evict(name, ids) : Mono.empty();
	}

	private <T> Mono<Void> store(String name, Policy policy, Map<String, T> loaded) {
		long freshUntil = this.clock.millis() + policy.ttl().toMillis();
		Map<String, CacheStore.CachedEntry> entries = new HashMap<>();
		loaded.forEach((id, value) -> entries.put(id, new CacheStore.CachedEntry(this.json.writeValueAsString(value),
				freshUntil)));
		return this.store.put(name, entries, policy.ttl().plus(policy.staleFor())).onErrorResume(unwritable -> {
			log.warn("cache {} unwritable: {}", name, unwritable.toString());
			return Mono.empty();
		});
	}

	private <T> T decode(CacheStore.CachedEntry entry, Class<T> type) {
		return this.json.readValue(entry.json(), type);
	}

	/**
	 * How long an entry is fresh, and how long after that it may still be served when its service fails.
	 */
	public record Policy(Duration ttl, Duration staleFor) {

		public Policy {
			ttl = (ttl != null) ? ttl : Duration.ofMinutes(5);
			staleFor = (staleFor != null) ? staleFor : Duration.ofHours(24);
		}

	}

}
