package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <p>
 * In front of the store, each instance keeps what it has read, decoded, for {@code near} (a few seconds):
 * a screen that names the same people as the one before costs no Redis round trip, no unsealing and no JSON.
 * An eviction drops this instance's copy at once; another instance may answer from its own copy until its
 * {@code near} runs out, the bound on how late a change made elsewhere is seen. At most
 * {@value #NEAR_CAPACITY} entries are kept, the least used going first.
 */
public class ReferenceCache {

	private static final Logger log = LoggerFactory.getLogger(ReferenceCache.class);

	private final CacheStore store;

	private final Map<String, Policy> policies;

	private final Clock clock;

	static final int NEAR_CAPACITY = 20_000;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Decoded entries read or loaded lately, by name and id, each kept for its policy's {@code near}. */
	private final Cache<NearKey, Near> near;

	public ReferenceCache(CacheStore store, Map<String, Policy> policies, Clock clock) {
		this.store = store;
		this.policies = (policies != null) ? Map.copyOf(policies) : Map.of();
		this.clock = clock;
		this.near = Caffeine.newBuilder()
			.maximumSize(NEAR_CAPACITY)
			.ticker(ExpiresAt.ticker(clock))
			.expireAfter(ExpiresAt.<NearKey, Near>of(Near::until, clock))
			.build();
	}

	public <T> Mono<Map<String, T>> lookup(String name, Collection<String> ids, Class<T> type,
			Function<Collection<String>, Mono<Map<String, T>>> load) {
		Policy policy = this.policies.get(name);
		if (policy == null || ids.isEmpty()) {
			return load.apply(ids);
		}
		Map<String, T> near = new HashMap<>();
		Set<String> far = new LinkedHashSet<>();
		for (String id : ids) {
			// Caffeine drops an entry at its end (ExpiresAt), so what is here may be answered.
			Near entry = this.near.getIfPresent(new NearKey(name, id));
			if (entry != null && type.isInstance(entry.value())) {
				near.put(id, type.cast(entry.value()));
			}
			else {
				far.add(id);
			}
		}
		if (far.isEmpty()) {
			return Mono.just(near);
		}
		return fromStore(name, policy, far, type, load).map(found -> {
			near.putAll(found);
			return near;
		});
	}

	private <T> Mono<Map<String, T>> fromStore(String name, Policy policy, Collection<String> ids, Class<T> type,
			Function<Collection<String>, Mono<Map<String, T>>> load) {
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
					T value = decode(entry, type);
					answer.put(id, value);
					keepNear(name, policy, id, value, entry.freshUntil());
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
		if (!this.policies.containsKey(name)) {
			return Mono.empty();
		}
		ids.forEach(id -> this.near.invalidate(new NearKey(name, id)));
		return this.store.evict(name, ids);
	}

	/** How many decoded entries this instance holds in front of the store (bounded by {@value #NEAR_CAPACITY}). */
	long nearSize() {
		this.near.cleanUp();
		return this.near.estimatedSize();
	}

	private void keepNear(String name, Policy policy, String id, Object value, long freshUntil) {
		if (!policy.near().isZero() && !policy.near().isNegative()) {
			long until = Math.min(freshUntil, this.clock.millis() + policy.near().toMillis());
			this.near.put(new NearKey(name, id), new Near(value, until));
		}
	}

	private <T> Mono<Void> store(String name, Policy policy, Map<String, T> loaded) {
		long freshUntil = this.clock.millis() + policy.ttl().toMillis();
		Map<String, CacheStore.CachedEntry> entries = new HashMap<>();
		loaded.forEach((id, value) -> {
			entries.put(id, new CacheStore.CachedEntry(this.json.writeValueAsString(value), freshUntil));
			keepNear(name, policy, id, value, freshUntil);
		});
		return this.store.put(name, entries, policy.ttl().plus(policy.staleFor())).onErrorResume(unwritable -> {
			log.warn("cache {} unwritable: {}", name, unwritable.toString());
			return Mono.empty();
		});
	}

	private <T> T decode(CacheStore.CachedEntry entry, Class<T> type) {
		return this.json.readValue(entry.json(), type);
	}

	/**
	 * How long an entry is fresh, how long after that it may still be served when its service fails, and how
	 * long an instance answers from its own decoded copy without asking the store ({@code near}, 5 s unless
	 * set; {@code 0s} turns it off).
	 */
	public record Policy(Duration ttl, Duration staleFor, Duration near) {

		public Policy {
			ttl = (ttl != null) ? ttl : Duration.ofMinutes(5);
			staleFor = (staleFor != null) ? staleFor : Duration.ofHours(24);
			near = (near != null) ? near : Duration.ofSeconds(5);
		}

	}

	private record NearKey(String name, String id) {
	}

	/** A decoded value, answered here until {@code near} has passed or its time to live ends, whichever is first. */
	private record Near(Object value, long until) {
	}

}
