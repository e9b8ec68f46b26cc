package dev.huiju.bff.channels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.huiju.bff.http.GraphQlHttpErrors;
import dev.huiju.bff.http.GraphQlPost;
import dev.huiju.bff.security.Caller;
import dev.huiju.schema.generated.types.ErrorCode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Persisted queries over POST /graphql ({@code extensions.persistedQuery.sha256Hash}, as Apollo clients send
 * them). A hash alone is answered from the manifest on every channel, and from the automatic persisted
 * queries (Redis, or in process) on the channels that are not safelisted; a hash with its text registers the
 * text there. An unknown hash answers {@code PERSISTED_QUERY_NOT_FOUND}, so the client sends the text. On a
 * safelisted channel, any text that is not in the manifest is refused here, before it is parsed or validated.
 * Works on the request the HTTP checks read ({@link GraphQlPost}): the channel comes from the token.
 */
@Component
class PersistedQueryFilter implements WebFilter, Ordered {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PersistedOperations manifest;

	private final PersistedQueryStore store;

	private final ChannelPolicies policies;

	private final GraphQlHttpErrors errors;

	PersistedQueryFilter(PersistedOperations manifest, PersistedQueryStore store, ChannelPolicies policies,
			GraphQlHttpErrors errors) {
		this.manifest = manifest;
		this.store = store;
		this.policies = policies;
		this.errors = errors;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		GraphQlPost post = GraphQlPost.of(exchange);
		if (post == null || post.caller() == null) {
			return chain.filter(exchange);
		}
		Caller caller = post.caller();
		Map<String, Object> request = post.fields();
		boolean safelisted = this.policies.of(caller.channel()).safelistOnly();
		String hash = hashOf(request);
		Object query = request.get("query");
		if (hash == null) {
			// Before parsing and validation, so that a safelisted channel cannot probe the schema with errors.
			if (safelisted && !(query instanceof String text && this.manifest.allows(caller.channel(), text))) {
				return notInManifest(exchange, caller);
			}
			return chain.filter(exchange);
		}
		if (query instanceof String text && !text.isBlank()) {
			if (!PersistedOperations.sha256(text).equalsIgnoreCase(hash)) {
				return error(exchange, caller, ErrorCode.BAD_USER_INPUT, "sha256Hash does not match the query");
			}
			if (safelisted && !this.manifest.allows(caller.channel(), text)) {
				return notInManifest(exchange, caller);
			}
			// Safelisted channels register nothing: the manifest is their only source.
			Mono<Void> register = safelisted ? Mono.empty() : this.store.save(hash.toLowerCase(), text);
			return register.then(chain.filter(exchange));
		}
		Mono<String> known = Mono.justOrEmpty(this.manifest.byHash(hash)
			.filter(operation -> operation.channels().contains(caller.channel()))
			.map(PersistedOperations.Operation::query));
		if (!safelisted) {
			known = known.switchIfEmpty(Mono.defer(() -> this.store.find(hash.toLowerCase())));
		}
		return known.map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(text -> {
			if (text.isEmpty()) {
				return error(exchange, caller, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
			}
			Map<String, Object> completed = new LinkedHashMap<>(request);
			completed.put("query", text.get());
			return chain.filter(GraphQlPost.withBody(exchange, JSON.writeValueAsBytes(completed)));
		});
	}

	private Mono<Void> notInManifest(ServerWebExchange exchange, Caller caller) {
		return error(exchange, caller, ErrorCode.PERMISSION_DENIED,
				"the " + caller.channel() + " channel runs only operations of the persisted-operation manifest");
	}

	private static String hashOf(Map<String, Object> request) {
		if (request.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && !hash.isBlank()) {
			return hash;
		}
		return null;
	}

	/** Refusals of a persisted query keep the status 200 Apollo clients expect, and are GraphQL-shaped. */
	private Mono<Void> error(ServerWebExchange exchange, Caller caller, ErrorCode code, String message) {
		return this.errors.write(exchange, HttpStatus.OK, caller, code, message);
	}

}
