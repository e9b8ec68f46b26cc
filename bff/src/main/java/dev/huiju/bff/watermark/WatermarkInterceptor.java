package dev.huiju.bff.watermark;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's watermark into {@code extensions.watermark} of every response to an authenticated
 * caller, errors included, and of every value a subscription sends. Document previews show the same watermark: the first to need it issues it.
 */
@Component
class WatermarkInterceptor implements WebGraphQlInterceptor {

	private final Watermarks watermarks;

	WatermarkInterceptor(Watermarks watermarks) {
		this.watermarks = watermarks;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			Watermark mark = this.watermarks.forRequest(response.getExecutionInput().getGraphQLContext());
			if (mark == null) {
				return response;
			}
			Object data = response.getExecutionResult().getData();
			return response.transform(builder -> {
				if (data instanceof Publisher<?> events) {
					// a subscription: each value it sends is marked when it is sent
					Caller caller = Callers.of(response.getExecutionInput().getGraphQLContext());
					builder.data(Flux.from(events).map(event -> ((ExecutionResult) event).transform(
							each -> each.addExtension("watermark", this.watermarks.issue(caller).asMap()))));
					return;
				}
				Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
				extensions.put("watermark", mark.asMap());
				builder.extensions(extensions);
			});
		});
	}

}
