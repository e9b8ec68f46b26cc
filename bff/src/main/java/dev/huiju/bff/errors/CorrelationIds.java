package dev.huiju.bff.errors;

import dev.huiju.bff.RandomIds;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id, returned in the {@code X-Correlation-Id} header and in every
 * error, and written next to the server's log lines, so a client's report finds the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIds implements WebFilter {

	public static final String HEADER = "X-Correlation-Id";

	public static final String KEY = "huiju.correlationId";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = RandomIds.next();
		exchange.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
	}

	public static String from(ContextView context) {
		return context.getOrDefault(KEY, "none");
	}

}
