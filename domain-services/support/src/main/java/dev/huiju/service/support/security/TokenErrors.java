package dev.huiju.service.support.security;

import java.nio.charset.StandardCharsets;

import dev.huiju.service.support.ApiError;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * A missing or invalid token is 401 with the typed error body every other refusal has, and the standard
 * {@code WWW-Authenticate} challenge; why a token was refused stays in the service's log.
 */
class TokenErrors implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return write(exchange, HttpStatus.UNAUTHORIZED,
				new ApiError("UNAUTHENTICATED", "a valid access token is required", null));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException ex) {
		return write(exchange, HttpStatus.FORBIDDEN, new ApiError("PERMISSION_DENIED", "permission denied", null));
	}

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, ApiError error) {
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		byte[] body = JSON.writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
