package dev.huiju.bff.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.huiju.bff.audit.ClearReads;
import dev.huiju.bff.errors.GraphQlErrors;
import dev.huiju.bff.ratelimits.RateLimiter;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.schema.generated.types.ErrorCode;
import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Wraps, once when the schema is built, the data fetcher of every field the schema gives a rule with that rule,
 * and counts calls of rate-limited fields. A denied field is not fetched at all: it is null with a
 * {@code PERMISSION_DENIED} error at its path. Objects above the caller's clearance are dropped from lists and
 * denied where single; personal values are masked unless the caller may see them. A field without a rule keeps
 * the fetcher it had, so it costs nothing per request (a property still runs without a fetching environment).
 */
@Component
class GuardedFetchers extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

	private final FieldAccess access;

	private final RateLimiter limiter;

	GuardedFetchers(FieldAccess access, RateLimiter limiter) {
		this.access = access;
		this.limiter = limiter;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(this));
	}

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type, TraverserContext<GraphQLSchemaElement> context) {
		if (type.getName().startsWith("__")) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			AccessRules rules = AccessRules.of(type, field);
			if (!rules.isFree()) {
				DataFetcher<?> fetcher = registry.getDataFetcher(type, field);
				DataFetcher<?> guarded = guarded(fetcher, rules);
				registry.dataFetcher(FieldCoordinates.coordinates(type, field),
						(fetcher instanceof TrivialDataFetcher) ? new GuardedProperty(guarded) : guarded);
			}
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * A guarded property stays trivial: it reads neither thread locals nor Reactor's context, so Spring for
	 * GraphQL need not capture and restore them around each of its calls.
	 */
	record GuardedProperty(DataFetcher<?> rules) implements TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return this.rules.get(env);
		}

	}

	private DataFetcher<?> guarded(DataFetcher<?> fetcher, AccessRules rules) {
		return env -> {
			Caller caller = callerOf(env.getGraphQlContext());
			if (caller == null) {
				return refused(env, ErrorCode.UNAUTHENTICATED, "authentication required");
			}
			Optional<String> denial = this.access.denial(caller, rules);
			if (denial.isPresent()) {
				return refused(env, ErrorCode.PERMISSION_DENIED, "permission denied: " + denial.get());
			}
			if (rules.rateBucket() != null) {
				return this.limiter.take(rules.rateBucket(), caller.userId())
					.toFuture()
					.thenCompose(verdict -> verdict.allowed() ? fetchLater(fetcher, env, caller, rules)
							: CompletableFuture.completedFuture(rateLimited(env, verdict)));
			}
			return fetch(fetcher, env, caller, rules);
		};
	}

	private Object fetch(DataFetcher<?> fetcher, DataFetchingEnvironment env, Caller caller, AccessRules rules)
			throws Exception {
		if (rules.classifiedBy() == null && rules.sensitive() == null) {
			return fetcher.get(env);
		}
		return after(fetcher.get(env), value -> screen(value, env, caller, rules));
	}

	/**
	 * The fetch as a stage, once the allowance said yes; a fetcher that throws fails the stage, which
	 * graphql-java reports at the field. By then graphql-java has dispatched this level's loaders, so loads
	 * the fetcher queued are dispatched here.
	 */
	private CompletionStage<Object> fetchLater(DataFetcher<?> fetcher, DataFetchingEnvironment env, Caller caller,
			AccessRules rules) {
		try {
			CompletionStage<Object> fetched = stage(fetch(fetcher, env, caller, rules));
			env.getDataLoaderRegistry().dispatchAll();
			return fetched;
		}
		catch (Exception ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static CompletionStage<Object> stage(Object fetched) {
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenApply(value -> value);
		}
		if (fetched instanceof Mono<?> mono) {
			return mono.map(value -> (Object) value).toFuture();
		}
		return CompletableFuture.completedFuture(fetched);
	}

	private static DataFetcherResult<Object> rateLimited(DataFetchingEnvironment env, RateLimiter.Verdict verdict) {
		long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
		return DataFetcherResult.newResult()
			.data(null)
			.error(GraphQlErrors.error(env, ErrorCode.RATE_LIMITED,
					"too many requests; try again in " + seconds + " s", Map.of("retryAfterSeconds", seconds)))
			.build();
	}

	/** Applies {@code screen} to the value once it is there, whatever shape the fetcher returned it in. */
	private static Object after(Object fetched, java.util.function.Function<Object, Object> screen) {
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenApply(screen);
		}
		if (fetched instanceof Mono<?> mono) {
			return mono.map(screen);
		}
		if (fetched instanceof DataFetcherResult<?> result) {
			Object screened = screen.apply(result.getData());
			List<graphql.GraphQLError> errors = new ArrayList<>(result.getErrors());
			if (screened instanceof DataFetcherResult<?> refusal) {
				errors.addAll(refusal.getErrors());
				screened = null;
			}
			return DataFetcherResult.newResult()
				.data(screened)
				.errors(errors)
				.localContext(result.getLocalContext())
				.extensions(result.getExtensions())
				.build();
		}
		return screen.apply(fetched);
	}

	private Object screen(Object value, DataFetchingEnvironment env, Caller caller, AccessRules rules) {
		if (value instanceof DataFetcherResult<?> result) {
			return after(result, inner -> screen(inner, env, caller, rules));
		}
		if (rules.classifiedBy() != null) {
			if (value instanceof List<?> items) {
				List<Object> visible = new ArrayList<>(items.size());
				for (Object item : items) {
					if (item == null || this.access.withinClearance(caller, classification(item, rules))) {
						visible.add(item);
					}
				}
				return visible;
			}
			if (value != null && !this.access.withinClearance(caller, classification(value, rules))) {
				return refused(env, ErrorCode.PERMISSION_DENIED, "permission denied: above the caller's clearance");
			}
		}
		if (rules.sensitive() != null && value instanceof String text
				&& (!this.access.inClear(caller, rules.sensitive(), env.getSource())
						|| !ClearReads.allow(env.getGraphQlContext(), rules.sensitive(),
								GraphQLTypeUtil.simplePrint(env.getParentType()), SourceProperties.read(env.getSource(), "id")))) {
			return Masks.mask(rules.sensitive(), text);
		}
		return value;
	}

	private static Object classification(Object item, AccessRules rules) {
		return SourceProperties.read(item, rules.classifiedBy());
	}

	private static DataFetcherResult<Object> refused(DataFetchingEnvironment env, ErrorCode code, String message) {
		return DataFetcherResult.newResult().data(null).error(GraphQlErrors.error(env, code, message)).build();
	}

	private static Caller callerOf(GraphQLContext context) {
		try {
			return Callers.of(context);
		}
		catch (RuntimeException none) {
			return null;
		}
	}

}
