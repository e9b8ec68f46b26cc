package dev.huiju.bff.channels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

/** The embedded default: the most recently used texts, in this process only. */
class InProcessPersistedQueryStore implements PersistedQueryStore {

	private static final int CAPACITY = 10_000;

	private final Map<String, String> queries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > CAPACITY;
		}
	});

	@Override
	public Mono<String> find(String sha256) {
		return Mono.justOrEmpty(this.queries.get(sha256));
	}

	@Override
	public Mono<Void> save(String sha256, String query) {
		this.queries.put(sha256, query);
		return Mono.empty();
	}

}
