package dev.huiju.bff.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.bff.errors.CorrelationIds;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.watermark.Watermarks;
import dev.huiju.schema.generated.types.ErrorCode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a request refused before GraphQL runs the way GraphQL answers an error: no {@code data}, one error
 * with {@code extensions.code} and the correlation id, and the caller's watermark when a caller is known.
 */
@Component
public class GraphQlHttpErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final Watermarks watermarks;

	GraphQlHttpErrors(Watermarks watermarks) {
		this.watermarks = watermarks;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Caller caller, ErrorCode code,
			String message) {
		ServerHttpResponse response = exchange.getResponse();
		String correlationId = response.getHeaders().getFirst(CorrelationIds.HEADER);
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("code", code.name(), "correlationId", (correlationId != null) ? correlationId : "none"));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("errors", List.of(error));
		if (caller != null) {
			answer.put("extensions", Map.of("watermark", this.watermarks.issue(caller).asMap()));
		}
		response.setStatusCode(status);
		boolean graphQlResponse = exchange.getRequest().getHeaders().getAccept().stream()
			.anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype);
		response.getHeaders().setContentType(graphQlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(answer))));
	}

}
