package dev.huiju.bff.http;

import java.util.Map;

import dev.huiju.bff.security.Caller;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

/**
 * One GraphQL request as it came over HTTP, checked and read once: its bytes, its JSON fields and the caller
 * whose token came with it. Filters after {@link GraphQlRequestFilter} take it from the exchange instead of
 * reading the body again.
 */
public record GraphQlPost(byte[] body, Map<String, Object> fields, Caller caller) {

	static final String ATTRIBUTE = GraphQlPost.class.getName();

	/** The request read by {@link GraphQlRequestFilter}, or {@code null} when the exchange is not one. */
	public static GraphQlPost of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/** The exchange with {@code body} as its request body, for the filters and the handler after this one. */
	public static ServerWebExchange withBody(ServerWebExchange exchange, byte[] body) {
		HttpHeaders headers = HttpHeaders.copyOf(exchange.getRequest().getHeaders());
		headers.setContentLength(body.length);
		// Read many times per request: copied once, here.
		HttpHeaders readOnly = HttpHeaders.readOnlyHttpHeaders(headers);
		ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public HttpHeaders getHeaders() {
				return readOnly;
			}

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}

		};
		return exchange.mutate().request(request).build();
	}

}
