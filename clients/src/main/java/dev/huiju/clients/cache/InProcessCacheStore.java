package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * The embedded default: entries in this process, each dropped once it may no longer be served, and never more
 * than {@value #CAPACITY} of them (the least used go first), however many arrive before any expires.
 */
public class InProcessCacheStore implements CacheStore {

	static final int CAPACITY = 100_000;

	private final Cache<String, Kept> entries;

	private final Clock clock;

	public InProcessCacheStore(Clock clock) {
		this(clock, CAPACITY);
	}

	InProcessCacheStore(Clock clock, long capacity) {
		this.clock = clock;
		this.entries = Caffeine.newBuilder()
			.maximumSize(capacity)
			.ticker(ExpiresAt.ticker(clock))
			.expireAfter(ExpiresAt.<String, Kept>of(Kept::until, clock))
			.build();
	}

	@Override
	public Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids) {
		Map<String, CachedEntry> found = new HashMap<>();
		for (String id : ids) {
			Kept kept = this.entries.getIfPresent(name + ":" + id);
			if (kept != null) {
				found.put(id, kept.entry());
			}
		}
		return Mono.just(found);
	}

	@Override
	public Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep) {
		long until = this.clock.millis() + keep.toMillis();
		entries.forEach((id, entry) -> this.entries.put(name + ":" + id, new Kept(entry, until)));
		return Mono.empty();
	}

	@Override
	public Mono<Void> evict(String name, Collection<String> ids) {
		ids.forEach(id -> this.entries.invalidate(name + ":" + id));
		return Mono.empty();
	}

	/** How many entries are held, once pending evictions are done. */
	long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

	private record Kept(CachedEntry entry, long until) {
	}

}
