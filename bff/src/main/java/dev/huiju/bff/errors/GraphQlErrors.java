package dev.huiju.bff.errors;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.ServiceUnavailableException;
import dev.huiju.schema.generated.types.ErrorCode;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one translation of an exception inside a data fetcher into a GraphQL error. Known refusals keep
 * their sentence; anything else becomes {@code INTERNAL} with only the correlation id, and its details go
 * to the log. (Replaces DGS's default handler, which sends the exception's class and message.)
 */
@Component
public class GraphQlErrors implements DataFetcherExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
			DataFetcherExceptionHandlerParameters parameters) {
		DataFetchingEnvironment env = parameters.getDataFetchingEnvironment();
		Throwable ex = unwrap(parameters.getException());
		String correlationId = env.getGraphQlContext().getOrDefault(KEY_OF_CORRELATION, "none");
		GraphQLError error = toError(ex, env, correlationId);
		return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
	}

	private static final String KEY_OF_CORRELATION = CorrelationIds.KEY;

	static GraphQLError toError(Throwable ex, DataFetchingEnvironment env, String correlationId) {
		ErrorCode code;
		String message;
		if (ex instanceof DomainRejection rejection) {
			code = codeOf(rejection.code());
			message = rejection.getMessage();
		}
		else if (ex instanceof ServiceUnavailableException unavailable) {
			code = ErrorCode.UNAVAILABLE;
			message = unavailable.getMessage();
			log.warn("[{}] {} at {}: {}", correlationId, unavailable.getMessage(), env.getExecutionStepInfo().getPath(),
					String.valueOf(unavailable.getCause()));
		}
		else if (ex instanceof DataAccessResourceFailureException || ex instanceof TransientDataAccessException) {
			code = ErrorCode.UNAVAILABLE;
			message = "the BFF's database did not answer; try again shortly";
			log.warn("[{}] database unavailable at {}: {}", correlationId, env.getExecutionStepInfo().getPath(),
					ex.toString());
		}
		else if (ex instanceof BadUserInput bad) {
			code = ErrorCode.BAD_USER_INPUT;
			message = bad.getMessage();
		}
		else if (ex instanceof AuthenticationException) {
			code = ErrorCode.UNAUTHENTICATED;
			message = "authentication required";
		}
		else if (ex instanceof AccessDeniedException) {
			code = ErrorCode.PERMISSION_DENIED;
			message = "permission denied";
		}
		else {
			code = ErrorCode.INTERNAL;
			message = "internal error; quote correlation id " + correlationId;
			log.error("[{}] data fetcher failed at {}", correlationId, env.getExecutionStepInfo().getPath(), ex);
		}
		return error(env, code, message, correlationId);
	}

	/**
	 * Stops a whole operation before anything runs (a policy, an audit trail that cannot keep a change): the
	 * response has no data and this one error.
	 */
	public static AbortExecutionException refusal(ErrorCode code, String message, String correlationId) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorClassification.errorClassification(code.name()))
			.message(message)
			.extensions(Map.of("code", code.name(), "correlationId", correlationId))
			.build();
		return new AbortExecutionException(java.util.List.of(error));
	}

	/** An error at the field {@code env} resolves, with the request's correlation id. */
	public static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message) {
		return error(env, code, message, Map.of());
	}

	/** The same, with more entries in {@code extensions}. */
	public static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			Map<String, Object> extensions) {
		return error(env, code, message, env.getGraphQlContext().getOrDefault(KEY_OF_CORRELATION, "none"),
				extensions);
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			String correlationId) {
		return error(env, code, message, correlationId, Map.of());
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			String correlationId, Map<String, Object> more) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>(more);
		extensions.put("code", code.name());
		extensions.put("correlationId", correlationId);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorClassification.errorClassification(code.name()))
			.message(message)
			.extensions(extensions)
			.build();
	}

	/** The schema's code for a domain service's error code; an unknown one is the caller's input. */
	public static ErrorCode codeOf(String code) {
		try {
			return ErrorCode.valueOf(code);
		}
		catch (RuntimeException unknown) {
			return ErrorCode.BAD_USER_INPUT;
		}
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable current = ex;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

}
