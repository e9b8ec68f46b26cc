package dev.huiju.bff.security;

import java.util.List;
import java.util.Map;

import dev.huiju.bff.audit.RefusedTokens;
import dev.huiju.bff.errors.CorrelationIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a missing, forged or expired token as GraphQL does an error (no {@code data}, one error with
 * {@code extensions.code}), so front ends handle it like any other; the HTTP status stays 401 or 403. A
 * refused token is counted for the audit trail ({@link RefusedTokens}).
 */
@Component
class GraphQlAuthErrors implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RefusedTokens refusals;

	GraphQlAuthErrors(RefusedTokens refusals) {
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		this.refusals.record(Callers.addressOf(exchange.getRequest().getRemoteAddress()),
				exchange.getRequest().getPath().value(), ex.getClass().getSimpleName());
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
				"a valid bearer token of a channel client is required");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return write(exchange, HttpStatus.FORBIDDEN, "PERMISSION_DENIED", "access denied");
	}

	/** With the request's correlation id, as every other error carries it; no watermark: nobody is known. */
	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String message) {
		var response = exchange.getResponse();
		String correlationId = response.getHeaders().getFirst(CorrelationIds.HEADER);
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("code", code, "correlationId", (correlationId != null) ? correlationId : "none"));
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
