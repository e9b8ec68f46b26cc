package dev.huiju.bff.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.huiju.bff.errors.CorrelationIds;
import dev.huiju.bff.errors.GraphQlErrors;
import dev.huiju.bff.permissions.SourceProperties;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.schema.generated.types.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns every GraphQL operation into one audit event: who, from where, on which channel and terminal, what
 * operation, which fields it resolved, which objects it returned or changed, how it ended and how long it
 * took. A mutation is refused before it runs when its event could not be kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditInstrumentation extends SimplePerformantInstrumentation {

	private static final int MAX_ENTRIES = 500;

	private final AuditTrail trail;

	private final Clock clock;

	AuditInstrumentation(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/** Each field definition's facts, read once rather than on every field of every response. */
	private final Map<GraphQLFieldDefinition, FieldFacts> facts = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		Recording recording = new Recording(OffsetDateTime.now(this.clock), System.nanoTime());
		// Clear reads of audited kinds are allowed only while their event can be kept (ClearReads.allow).
		if (this.trail.accepting()) {
			parameters.getExecutionInput().getGraphQLContext().put(ClearReads.KEY, recording.clearReads);
		}
		return CompletableFuture.completedFuture(recording);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (state instanceof Recording recording) {
			recording.operationType = operation.getOperation().name().toLowerCase();
			recording.operationName = operation.getName();
		}
		if (operation.getOperation() == OperationDefinition.Operation.MUTATION && !this.trail.accepting()) {
			String correlationId = parameters.getExecutionContext().getGraphQLContext().getOrDefault(CorrelationIds.KEY, "none");
			throw GraphQlErrors.refusal(ErrorCode.UNAVAILABLE,
					"changes are refused while the audit trail cannot keep them; try again shortly", correlationId);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/**
	 * At completion rather than at fetching: graphql-java has the field's step info and value there anyway, while
	 * asking a fetch for its field would build a fetching environment that a plain property never needs.
	 */
	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof Recording recording)) {
			return null;
		}
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		GraphQLObjectType parent = step.getObjectType();
		if (parent == null || parent.getName().startsWith("__")) {
			return null;
		}
		GraphQLFieldDefinition definition = step.getFieldDefinition();
		FieldFacts facts = this.facts.get(definition);
		if (facts == null) {
			facts = this.facts.computeIfAbsent(definition, field -> FieldFacts.of(parent, field));
		}
		recording.add(recording.fields, facts.coordinate());
		Object value = FetchedValue.getFetchedValue(parameters.getFetchedObject());
		if (facts.mutation()) {
			payloadErrors(recording, definition.getName(), value);
		}
		else if (facts.returned() != null) {
			recording.objects(facts.returned(), value);
		}
		return null;
	}

	/** What the audit needs to know of a field, read from the schema once. */
	private record FieldFacts(String coordinate, boolean mutation, String returned) {

		static FieldFacts of(GraphQLObjectType parent, GraphQLFieldDefinition field) {
			String returned = (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType object
					&& object.getFieldDefinition("id") != null) ? object.getName() : null;
			return new FieldFacts(parent.getName() + "." + field.getName(), parent.getName().equals("Mutation"),
					returned);
		}

	}

	/**
	 * A mutation refused by its service answers data: a payload whose {@code errors} name the refusal. The audit
	 * records the outcome as the client saw it, so escalation attempts are visible.
	 */
	private static void payloadErrors(Recording recording, String field, Object value) {
		Object payload = (value instanceof DataFetcherResult<?> result) ? result.getData() : value;
		if (payload == null || !(SourceProperties.read(payload, "errors") instanceof Collection<?> errors)) {
			return;
		}
		for (Object error : errors) {
			Object code = SourceProperties.read(error, "code");
			if (code != null) {
				recording.payloadCodes.add(code.toString());
				if (ErrorCode.PERMISSION_DENIED.name().equals(code.toString())) {
					recording.add(recording.deniedPaths, field);
				}
			}
		}
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Recording recording) {
			GraphQLContext context = parameters.getGraphQLContext();
			Caller caller = callerOf(context);
			List<String> denied = new ArrayList<>();
			Set<String> codes = new LinkedHashSet<>();
			for (GraphQLError error : result.getErrors()) {
				Object code = (error.getExtensions() != null) ? error.getExtensions().get("code") : null;
				codes.add((code != null) ? code.toString() : String.valueOf(error.getErrorType()));
				if (ErrorCode.PERMISSION_DENIED.name().equals(code) && error.getPath() != null) {
					denied.add(String.join(".", error.getPath().stream().map(String::valueOf).toList()));
				}
			}
			String outcome = outcome(result, denied, codes);
			if (!recording.payloadCodes.isEmpty()) {
				denied.addAll(recording.deniedPaths);
				codes.addAll(recording.payloadCodes);
				// a refusal in a payload is the service's answer to the request: the operation did not happen
				outcome = recording.payloadCodes.contains(ErrorCode.PERMISSION_DENIED.name()) ? "DENIED" : "REFUSED";
			}
			this.trail.offer(new AuditEvent(null, recording.startedAt, (caller != null) ? caller.userId() : null,
					context.getOrDefault(Callers.ADDRESS_KEY, null),
					(caller != null) ? caller.channel().name() : null, (caller != null) ? caller.terminalId() : null,
					(recording.operationName != null) ? recording.operationName : parameters.getOperation(),
					recording.operationType, outcome,
					(System.nanoTime() - recording.startedNanos) / 1_000_000, recording.fields(),
					recording.objectsAndClearReads(), denied, List.copyOf(codes),
					context.getOrDefault(CorrelationIds.KEY, null)));
		}
		return CompletableFuture.completedFuture(result);
	}

	private static String outcome(ExecutionResult result, List<String> denied, Set<String> codes) {
		if (codes.isEmpty()) {
			return "OK";
		}
		if (!result.isDataPresent()) {
			return codes.contains(ErrorCode.PERMISSION_DENIED.name()) ? "REFUSED" : "ERROR";
		}
		return (!denied.isEmpty() && codes.size() == 1) ? "DENIED" : "ERROR";
	}

	private static Caller callerOf(GraphQLContext context) {
		try {
			return Callers.of(context);
		}
		catch (RuntimeException anonymous) {
			return null;
		}
	}

	/** What one operation did, gathered while it runs; fields resolve on several threads. */
	private static final class Recording implements InstrumentationState {

		private final OffsetDateTime startedAt;

		private final long startedNanos;

		/** Every field of every object passes here, nearly always one already named: looked up without a lock. */
		private final Set<String> fields = ConcurrentHashMap.newKeySet();

		private final Set<String> objects = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

		/** Filled by the field rules through {@link ClearReads}: every one is kept, whatever MAX_ENTRIES says. */
		private final Set<String> clearReads = java.util.concurrent.ConcurrentHashMap.newKeySet();

		private final Set<String> payloadCodes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

		private final Set<String> deniedPaths = java.util.Collections.synchronizedSet(new LinkedHashSet<>());

		private volatile String operationType = "unknown";

		private volatile String operationName;

		Recording(OffsetDateTime startedAt, long startedNanos) {
			this.startedAt = startedAt;
			this.startedNanos = startedNanos;
		}

		void add(Set<String> into, String entry) {
			if (!into.contains(entry) && into.size() < MAX_ENTRIES) {
				into.add(entry);
			}
		}

		/** The fields in a stable order: they resolve concurrently, so the order they came in says nothing. */
		List<String> fields() {
			String[] names = this.fields.toArray(new String[0]);
			java.util.Arrays.sort(names);
			return List.of(names);
		}

		List<String> objectsAndClearReads() {
			List<String> all = new java.util.ArrayList<>(this.objects);
			this.clearReads.stream().sorted().forEach(all::add);
			return all;
		}

		void objects(String type, Object value) {
			Object data = (value instanceof DataFetcherResult<?> result) ? result.getData() : value;
			if (data instanceof Collection<?> items) {
				items.forEach(item -> object(type, item));
			}
			else {
				object(type, data);
			}
		}

		private void object(String type, Object item) {
			Object id = SourceProperties.read(item, "id");
			if (id != null) {
				add(this.objects, type + ":" + id);
			}
		}

	}

}
