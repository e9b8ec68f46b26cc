package dev.huiju.bff.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.CallerFactory;
import dev.huiju.schema.generated.types.ErrorCode;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets through to {@code /graphql} only what the GraphQL-over-HTTP specification calls a request: a POST of
 * {@code application/json}, one JSON object with a string {@code query} (or a persisted query's hash), an
 * object or null {@code variables} and {@code extensions}, a string or null {@code operationName}. Anything
 * else is answered here, GraphQL-shaped: 405, 415, 413 or 400 with {@code BAD_REQUEST}. Batches (a JSON
 * array) are refused in that form. The body is read once, up to {@code huiju.http.max-body-bytes}, and
 * left on the exchange as a {@link GraphQlPost}. Runs after authentication, so the caller is known.
 */
@Component
class GraphQlRequestFilter implements WebFilter, Ordered {

	/** After Spring Security's chain (-100), before the persisted queries (0). */
	static final int ORDER = -50;

	private static final String PATH = "/graphql";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GraphQlHttpErrors errors;

	private final int maxBodyBytes;

	GraphQlRequestFilter(GraphQlHttpErrors errors, @Value("${huiju.http.max-body-bytes:262144}") int maxBodyBytes) {
		this.errors = errors;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!PATH.equals(request.getPath().value()) || request.getMethod() == HttpMethod.OPTIONS
				|| "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())) {
			return chain.filter(exchange);
		}
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(auth -> Optional.of(CallerFactory.from(((JwtAuthenticationToken) auth).getToken())))
			.defaultIfEmpty(Optional.empty())
			.flatMap(caller -> check(exchange, chain, caller.orElse(null)));
	}

	private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, Caller caller) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getMethod() != HttpMethod.POST) {
			exchange.getResponse().getHeaders().setAllow(java.util.Set.of(HttpMethod.POST));
			return refuse(exchange, HttpStatus.METHOD_NOT_ALLOWED, caller, "only POST is accepted at " + PATH);
		}
		MediaType type = request.getHeaders().getContentType();
		if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			return refuse(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, caller,
					"the body must be application/json");
		}
		return DataBufferUtils.join(request.getBody(), this.maxBodyBytes)
			.map(GraphQlRequestFilter::bytes)
			.defaultIfEmpty(new byte[0])
			.map(Optional::of)
			.onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(Optional.empty()))
			.flatMap(body -> {
				if (body.isEmpty()) {
					return refuse(exchange, HttpStatus.PAYLOAD_TOO_LARGE, caller,
							"the body is larger than " + this.maxBodyBytes + " bytes");
				}
				Object fields = read(body.get());
				if (fields instanceof String problem) {
					return refuse(exchange, HttpStatus.BAD_REQUEST, caller, problem);
				}
				@SuppressWarnings("unchecked")
				GraphQlPost post = new GraphQlPost(body.get(), (Map<String, Object>) fields, caller);
				exchange.getAttributes().put(GraphQlPost.ATTRIBUTE, post);
				return chain.filter(GraphQlPost.withBody(exchange, post.body()));
			});
	}

	/**
	 * The request's fields, or a sentence saying why the body is not a GraphQL request. Read straight into
	 * maps and lists, once: the fields are what the filters after this one use.
	 */
	private static Object read(byte[] body) {
		Object root;
		try {
			root = blank(body) ? null : JSON.readValue(body, Object.class);
		}
		catch (JacksonException malformed) {
			return "the body is not valid JSON";
		}
		if (root instanceof List<?>) {
			return "one operation per request: batches are not accepted";
		}
		if (!(root instanceof Map<?, ?> fields)) {
			return "the body must be a JSON object with a query";
		}
		Object query = fields.get("query");
		Object extensions = fields.get("extensions");
		boolean persisted = extensions instanceof Map<?, ?> map && map.containsKey("persistedQuery");
		if (query == null && !persisted) {
			return "query is required";
		}
		if (query != null && !(query instanceof String)) {
			return "query must be a string";
		}
		if (!nullOr(fields.get("variables"), Map.class)) {
			return "variables must be a JSON object";
		}
		if (!nullOr(fields.get("operationName"), String.class)) {
			return "operationName must be a string";
		}
		if (!nullOr(extensions, Map.class)) {
			return "extensions must be a JSON object";
		}
		return fields;
	}

	private static boolean nullOr(Object value, Class<?> type) {
		return value == null || type.isInstance(value);
	}

	private static boolean blank(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, Caller caller, String message) {
		return this.errors.write(exchange, status, caller, ErrorCode.BAD_REQUEST, message);
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
