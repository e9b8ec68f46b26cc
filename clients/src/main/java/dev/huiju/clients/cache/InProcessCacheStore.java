package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/** The embedded default: entries in this process, dropped once they may no longer be served. */
public class InProcessCacheStore implements CacheStore {

	private static final int CAPACITY = 100_000;

	private final Map<String, Kept> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	public InProcessCacheStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids) {
		long now = this.clock.millis();
		Map<String, CachedEntry> found = new HashMap<>();
		for (String id : ids) {
			Kept kept = this.entries.get(name + ":" + id);
			if (kept != null && kept.until() > now) {
				found.put(id, kept.entry());
			}
		}
		return Mono.just(found);
	}

	@Override
	public Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep) {
		long until = this.clock.millis() + keep.toMillis();
		if (this.entries.size() + entries.size() > CAPACITY) {
			long now = this.clock.millis();
			this.entries.values().removeIf(kept -> kept.until() <= now);
		}
		entries.forEach((id, entry) -> this.entries.put(name + ":" + id, new Kept(entry, until)));
		return Mono.empty();
	}

	@Override
	public Mono<Void> evict(String name, Collection<String> ids) {
		ids.forEach(id -> this.entries.remove(name + ":" + id));
		return Mono.empty();
	}

	private record Kept(CachedEntry entry, long until) {
	}

}
