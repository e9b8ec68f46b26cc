package dev.huiju.bff.channels;

import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.huiju.bff.errors.CorrelationIds;
import dev.huiju.bff.errors.GraphQlErrors;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.schema.generated.types.ErrorCode;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds each operation to its channel's policy before anything runs: only manifest operations on safelisted
 * channels, and no operation deeper, costlier, with larger pages or more root fields than the channel allows.
 */
@Component
class ChannelPolicyInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(ChannelPolicyInstrumentation.class);

	private final ChannelPolicies policies;

	private final PersistedOperations manifest;

	private final boolean introspection;

	/**
	 * Shapes already read, by document and the variables that can change a shape (numbers for {@code first},
	 * booleans for {@code @skip} and {@code @include}): a screen's operation is traversed once, not on every
	 * request. The parsed-document cache hands out one document per distinct text, so the key holds no text.
	 */
	private final Cache<ShapeKey, OperationShape> shapes = Caffeine.newBuilder().maximumSize(10_000).build();

	ChannelPolicyInstrumentation(ChannelPolicies policies, PersistedOperations manifest,
			@Value("${dgs.graphql.introspection.enabled:true}") boolean introspection) {
		this.policies = policies;
		this.manifest = manifest;
		this.introspection = introspection;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Caller caller;
		try {
			caller = Callers.of(context.getGraphQLContext());
		}
		catch (RuntimeException anonymous) {
			return super.beginExecuteOperation(parameters, state);
		}
		ChannelPolicy policy = this.policies.of(caller.channel());
		String correlationId = context.getGraphQLContext().getOrDefault(CorrelationIds.KEY, "none");
		if (policy.safelistOnly() && !this.manifest.allows(caller.channel(), context.getExecutionInput().getQuery())) {
			throw refuse(ErrorCode.PERMISSION_DENIED, "the " + caller.channel()
					+ " channel runs only operations of the persisted-operation manifest", correlationId);
		}
		OperationShape shape = this.shapes.get(ShapeKey.of(context), key -> OperationShape.of(context));
		// Federation's _service hands out the whole schema: it follows the introspection setting.
		if (shape.federation() && !this.introspection) {
			throw refuse(ErrorCode.PERMISSION_DENIED, "the schema is not published here", correlationId);
		}
		if (shape.largestPage() > policy.maxPageSize()) {
			throw refuse(ErrorCode.BAD_USER_INPUT, "first must be at most " + policy.maxPageSize() + " on the "
					+ caller.channel() + " channel", correlationId);
		}
		if (shape.rootFields() > policy.maxRootFields()) {
			throw refuse(ErrorCode.BAD_USER_INPUT, "the operation has " + shape.rootFields() + " root fields; the "
					+ caller.channel() + " channel allows " + policy.maxRootFields(), correlationId);
		}
		if (shape.depth() > policy.maxDepth()) {
			throw refuse(ErrorCode.BAD_USER_INPUT, "the operation is " + shape.depth() + " levels deep; the "
					+ caller.channel() + " channel allows " + policy.maxDepth(), correlationId);
		}
		if (shape.cost() > policy.maxCost()) {
			throw refuse(ErrorCode.BAD_USER_INPUT, "the operation costs " + shape.cost() + "; the " + caller.channel()
					+ " channel allows " + policy.maxCost(), correlationId);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private record ShapeKey(Document document, String operationName, Map<String, Object> shaping) {

		static ShapeKey of(ExecutionContext context) {
			Map<String, Object> shaping = new HashMap<>();
			context.getCoercedVariables().toMap().forEach((name, value) -> {
				if (value instanceof Integer || value instanceof Boolean) {
					shaping.put(name, value);
				}
			});
			return new ShapeKey(context.getDocument(), context.getOperationDefinition().getName(), shaping);
		}

	}

	private static AbortExecutionException refuse(ErrorCode code, String message, String correlationId) {
		log.info("[{}] operation refused: {}", correlationId, message);
		return GraphQlErrors.refusal(code, message, correlationId);
	}

}
