package dev.huiju.bff.permissions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Walks every field reachable from the root types and reports the ones the rules leave open: a field with no
 * decision at all, and a field that a rule can deny but that cannot be null (its denial would blank the
 * parent instead of itself).
 */
public final class SchemaRuleCheck {

	private SchemaRuleCheck() {
	}

	/** Problems as "Type.field: what is wrong", in the order the walk meets them; empty when the schema is sound. */
	public static List<String> problems(GraphQLSchema schema) {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<GraphQLType> pending = new ArrayDeque<>();
		for (GraphQLObjectType root : new GraphQLObjectType[] { schema.getQueryType(), schema.getMutationType(),
				schema.getSubscriptionType() }) {
			if (root != null) {
				pending.add(root);
			}
		}
		while (!pending.isEmpty()) {
			GraphQLType type = pending.poll();
			if (type instanceof GraphQLUnionType union) {
				pending.addAll(union.getTypes());
				continue;
			}
			if (type instanceof GraphQLInterfaceType contract) {
				// What a field of an interface type returns at run time is one of its implementations.
				pending.addAll(schema.getImplementations(contract));
			}
			if (!(type instanceof GraphQLFieldsContainer container) || !seen.add(container.getName())
					|| container.getName().startsWith("__")) {
				continue;
			}
			for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
				if (field.getName().startsWith("__")) {
					continue;
				}
				String coordinate = container.getName() + "." + field.getName();
				AccessRules rules = AccessRules.of(container, field);
				if (!rules.decided()) {
					problems.add(coordinate + ": no rule and no @public");
				}
				if (GraphQLTypeUtil.isNonNull(field.getType()) && deniableHere(container, field)) {
					problems.add(coordinate + ": a rule can deny it, so it must be nullable");
				}
				pending.add(GraphQLTypeUtil.unwrapAll(field.getType()));
			}
		}
		return problems;
	}

	/**
	 * Whether the field carries a restricting rule that its declaring type does not already impose: only then
	 * can it be denied once its parent was readable.
	 */
	private static boolean deniableHere(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
		Set<String> imposedByParent = (parent instanceof GraphQLDirectiveContainer container) ? restricting(container)
				: Set.of();
		Set<String> here = new LinkedHashSet<>(restricting(field));
		if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLDirectiveContainer returned) {
			here.addAll(restricting(returned));
		}
		here.removeAll(imposedByParent);
		return !here.isEmpty();
	}

	private static Set<String> restricting(GraphQLDirectiveContainer holder) {
		Set<String> rules = new LinkedHashSet<>();
		for (GraphQLAppliedDirective directive : holder.getAppliedDirectives()) {
			String name = directive.getName();
			if (name.equals(AccessRules.AUTH) || name.equals(AccessRules.CHANNELS)
					|| name.equals(AccessRules.CLASSIFIED)) {
				rules.add(name + directive.getArguments().stream()
					.map(arg -> arg.getName() + "=" + String.valueOf((Object) arg.getValue()))
					.toList());
			}
		}
		return rules;
	}

}
