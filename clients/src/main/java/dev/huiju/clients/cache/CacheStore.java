package dev.huiju.clients.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

/** Where cached entries live: Redis, shared by BFF instances, or this process. */
public interface CacheStore {

	/** The entries present, fresh or stale, by id. */
	Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids);

	/** Stores entries, each kept for {@code keep} (the time it may still be served stale). */
	Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep);

	Mono<Void> evict(String name, Collection<String> ids);

	/** One cached value as JSON, and until when it is fresh (epoch milliseconds). */
	record CachedEntry(String json, long freshUntil) {

		String encode() {
			return this.freshUntil + "|" + this.json;
		}

		static CachedEntry decode(String stored) {
			int bar = stored.indexOf('|');
			return new CachedEntry(stored.substring(bar + 1), Long.parseLong(stored.substring(0, bar)));
		}

	}

}
