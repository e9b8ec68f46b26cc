package dev.huiju.bff.channels;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

/**
 * The embedded default: the most used texts, in this process only, at most {@value #CAPACITY} of them, each
 * for a day after its last use (as in Redis).
 */
class InProcessPersistedQueryStore implements PersistedQueryStore {

	static final int CAPACITY = 10_000;

	private final Cache<String, String> queries;

	InProcessPersistedQueryStore() {
		this(CAPACITY);
	}

	InProcessPersistedQueryStore(long capacity) {
		this.queries = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(java.time.Duration.ofDays(1)).build();
	}

	@Override
	public Mono<String> find(String sha256) {
		return Mono.justOrEmpty(this.queries.getIfPresent(sha256));
	}

	@Override
	public Mono<Void> save(String sha256, String query) {
		this.queries.put(sha256, query);
		return Mono.empty();
	}

	long size() {
		this.queries.cleanUp();
		return this.queries.estimatedSize();
	}

}
