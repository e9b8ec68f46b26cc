package dev.huiju.bff.channels;

import reactor.core.publisher.Mono;

/** Query texts registered by automatic persisted queries, by the SHA-256 of the text. */
public interface PersistedQueryStore {

	Mono<String> find(String sha256);

	Mono<Void> save(String sha256, String query);

}
