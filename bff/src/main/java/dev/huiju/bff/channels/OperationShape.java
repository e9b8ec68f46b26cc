package dev.huiju.bff.channels;

import java.util.IdentityHashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * How deep an operation goes, what it costs, and the largest page it asks for, read from the document before
 * anything runs. Cost counts every field once per object it is resolved on: a field under a list of
 * {@code first: n} counts n times; a list without {@code first} is assumed to hold
 * {@value #ASSUMED_LIST_SIZE}; the {@code edges} of a connection are as many as its {@code first}. Every root
 * field counts, each alias apart: fifty aliases of one field are fifty fields. {@code federation} says whether
 * the operation asks for federation's root fields.
 */
record OperationShape(int depth, long cost, int largestPage, int rootFields, boolean federation) {

	static final int ASSUMED_LIST_SIZE = 10;

	/** The root fields federation adds: the whole schema's text, and entities by key. */
	private static final java.util.Set<String> FEDERATION_FIELDS = java.util.Set.of("_service", "_entities");

	static OperationShape of(ExecutionContext context) {
		Map<QueryVisitorFieldEnvironment, Long> instances = new IdentityHashMap<>();
		int[] depth = { 0 };
		long[] cost = { 0 };
		int[] largest = { 0 };
		int[] roots = { 0 };
		boolean[] federation = { false };
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		traverser.visitPreOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				if (env.isTypeNameIntrospectionField()) {
					return;
				}
				QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
				if (parent == null) {
					roots[0]++;
					federation[0] |= FEDERATION_FIELDS.contains(env.getField().getName());
				}
				long here = (parent != null) ? instances.getOrDefault(parent, 1L) * size(parent) : 1L;
				instances.put(env, here);
				cost[0] += here;
				depth[0] = Math.max(depth[0], depthOf(env));
				if (env.getArguments().get("first") instanceof Integer first) {
					largest[0] = Math.max(largest[0], first);
				}
			}
		});
		return new OperationShape(depth[0], cost[0], largest[0], roots[0], federation[0]);
	}

	/** How many objects a field's value holds: its {@code first}, a guess for other lists, one otherwise. */
	private static long size(QueryVisitorFieldEnvironment field) {
		if (field.getArguments().get("first") instanceof Integer first) {
			return Math.max(first, 0);
		}
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType());
		if (!GraphQLTypeUtil.isList(type)) {
			return 1;
		}
		boolean edgesOfConnection = field.getField().getName().equals("edges")
				&& field.getFieldsContainer().getName().endsWith("Connection");
		return edgesOfConnection ? 1 : ASSUMED_LIST_SIZE;
	}

	private static int depthOf(QueryVisitorFieldEnvironment env) {
		int depth = 0;
		for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

}
