package dev.huiju.bff.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.CallerFactory;
import dev.huiju.bff.watermark.Watermarks;
import dev.huiju.schema.generated.types.ErrorCode;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Persisted queries over POST /graphql ({@code extensions.persistedQuery.sha256Hash}, as Apollo clients send
 * them). A hash alone is answered from the manifest on every channel, and from the automatic persisted
 * queries (Redis, or in process) on the channels that are not safelisted; a hash with its text registers the
 * text there. An unknown hash answers {@code PERSISTED_QUERY_NOT_FOUND}, so the client sends the text.
 * Runs after authentication: the channel comes from the token.
 */
@Component
class PersistedQueryFilter implements WebFilter, Ordered {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PersistedOperations manifest;

	private final PersistedQueryStore store;

	private final ChannelPolicies policies;

	private final Watermarks watermarks;

	PersistedQueryFilter(PersistedOperations manifest, PersistedQueryStore store, ChannelPolicies policies,
			Watermarks watermarks) {
		this.manifest = manifest;
		this.store = store;
		this.policies = policies;
		this.watermarks = watermarks;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getMethod() != HttpMethod.POST || !"/graphql".equals(request.getPath().value())
				|| !MediaType.APPLICATION_JSON.isCompatibleWith(request.getHeaders().getContentType())) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody())
			.map(PersistedQueryFilter::bytes)
			.defaultIfEmpty(new byte[0])
			.flatMap(body -> ReactiveSecurityContextHolder.getContext()
				.mapNotNull(context -> context.getAuthentication())
				.filter(JwtAuthenticationToken.class::isInstance)
				.map(auth -> Optional.of(CallerFactory.from(((JwtAuthenticationToken) auth).getToken())))
				.defaultIfEmpty(Optional.empty())
				// The chain runs exactly once: resolve completes empty, so it must not be followed by a fallback.
				.flatMap(caller -> caller.isPresent() ? resolve(exchange, chain, body, caller.get())
						: chain.filter(withBody(exchange, body))));
	}

	private Mono<Void> resolve(ServerWebExchange exchange, WebFilterChain chain, byte[] body, Caller caller) {
		Map<String, Object> request = parse(body);
		String hash = (request != null) ? hashOf(request) : null;
		if (hash == null) {
			return chain.filter(withBody(exchange, body));
		}
		boolean safelisted = this.policies.of(caller.channel()).safelistOnly();
		Object query = request.get("query");
		if (query instanceof String text && !text.isBlank()) {
			if (!PersistedOperations.sha256(text).equalsIgnoreCase(hash)) {
				return error(exchange, caller, ErrorCode.BAD_USER_INPUT, "sha256Hash does not match the query");
			}
			// Safelisted channels register nothing: the manifest is their only source, checked before execution.
			Mono<Void> register = safelisted ? Mono.empty() : this.store.save(hash.toLowerCase(), text);
			return register.then(chain.filter(withBody(exchange, body)));
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
			return chain.filter(withBody(exchange, JSON.writeValueAsBytes(completed)));
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(byte[] body) {
		try {
			return (body.length > 0) ? JSON.readValue(body, Map.class) : null;
		}
		catch (JacksonException malformed) {
			return null;
		}
	}

	private static String hashOf(Map<String, Object> request) {
		if (request.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash && !hash.isBlank()) {
			return hash;
		}
		return null;
	}

	/** A GraphQL response with one error and the caller's watermark, as every response has. */
	private Mono<Void> error(ServerWebExchange exchange, Caller caller, ErrorCode code, String message) {
		Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", code.name()));
		Map<String, Object> answer = Map.of("errors", List.of(error), "extensions",
				Map.of("watermark", this.watermarks.issue(caller).asMap()));
		var response = exchange.getResponse();
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(answer))));
	}

	private static ServerWebExchange withBody(ServerWebExchange exchange, byte[] body) {
		ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public HttpHeaders getHeaders() {
				HttpHeaders headers = HttpHeaders.copyOf(super.getHeaders());
				headers.setContentLength(body.length);
				return headers;
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}

		};
		return exchange.mutate().request(request).build();
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}


}
