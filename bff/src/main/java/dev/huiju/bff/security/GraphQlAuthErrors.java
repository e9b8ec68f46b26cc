package dev.huiju.bff.security;

import java.nio.charset.StandardCharsets;

import dev.huiju.bff.audit.RefusedTokens;
import reactor.core.publisher.Mono;

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

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String message) {
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		String body = "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code + "\"}}]}";
		var buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

}
