package dev.huiju.bff.errors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives the errors graphql-java raises before execution (syntax, validation, bad variables) an
 * {@code extensions.code} from the closed set too, so a client needs to read only one field.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor, Ordered {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getExecutionResult().getErrors().stream().allMatch(RequestErrorCodes::hasCode)) {
				return response;
			}
			List<GraphQLError> coded = response.getExecutionResult().getErrors().stream()
				.map(error -> hasCode(error) ? error : withCode(error))
				.toList();
			return response.transform(builder -> builder.errors(coded));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = new HashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("errorType");
		extensions.remove("errorDetail");
		// Everything graphql-java refuses before running a fetcher is a problem with the request itself.
		extensions.put("code", "BAD_USER_INPUT");
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(ErrorClassification.errorClassification("BAD_USER_INPUT"))
			.extensions(extensions)
			.build();
	}

}
