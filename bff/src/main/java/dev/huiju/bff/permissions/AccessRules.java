package dev.huiju.bff.permissions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The rules of one field, gathered from the field, the type that declares it and the type it returns: a
 * type's rules hold for every field of the type and for every field that returns it.
 *
 * @param roles sets of roles, each of which the caller must meet with one of its members
 * @param scopes scopes the caller must all hold
 * @param channels sets of channels, each of which must contain the caller's
 * @param classifiedBy the property holding the classification of the returned objects, or null
 * @param sensitive the kind of personal data the field holds, or null
 * @param rateBucket the allowance each call of the field counts against, or null
 * @param decided whether any rule, {@code @public} included, applies
 */
public record AccessRules(List<Set<String>> roles, Set<String> scopes, List<Set<String>> channels,
		String classifiedBy, String sensitive, String rateBucket, boolean decided) {

	public static final String AUTH = "auth";

	public static final String PUBLIC = "public";

	public static final String CHANNELS = "channels";

	public static final String CLASSIFIED = "classified";

	public static final String SENSITIVE = "sensitive";

	public static final String RATE_LIMITED = "rateLimited";

	private static final List<String> ALL = List.of(AUTH, PUBLIC, CHANNELS, CLASSIFIED, SENSITIVE);

	public static AccessRules of(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
		List<Set<String>> roles = new ArrayList<>();
		Set<String> scopes = new LinkedHashSet<>();
		List<Set<String>> channels = new ArrayList<>();
		String classifiedBy = null;
		boolean decided = false;
		for (GraphQLDirectiveContainer holder : holders(parent, field)) {
			for (String name : ALL) {
				decided |= !holder.getAppliedDirectives(name).isEmpty();
			}
			GraphQLAppliedDirective auth = holder.getAppliedDirective(AUTH);
			if (auth != null) {
				Set<String> required = strings(auth, "roles");
				if (!required.isEmpty()) {
					roles.add(required);
				}
				scopes.addAll(strings(auth, "scopes"));
			}
			GraphQLAppliedDirective allow = holder.getAppliedDirective(CHANNELS);
			if (allow != null) {
				channels.add(strings(allow, "allow"));
			}
		}
		if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLDirectiveContainer returned) {
			GraphQLAppliedDirective classified = returned.getAppliedDirective(CLASSIFIED);
			if (classified != null) {
				classifiedBy = argument(classified, "field");
			}
		}
		GraphQLAppliedDirective sensitive = field.getAppliedDirective(SENSITIVE);
		String kind = (sensitive != null) ? argument(sensitive, "kind") : null;
		GraphQLAppliedDirective rateLimited = field.getAppliedDirective(RATE_LIMITED);
		String bucket = (rateLimited != null) ? argument(rateLimited, "bucket") : null;
		return new AccessRules(List.copyOf(roles), Set.copyOf(scopes), List.copyOf(channels), classifiedBy, kind,
				bucket, decided);
	}

	/** Whether nothing is checked at run time: no rule that restricts, masks or counts. Such a field is not wrapped. */
	public boolean isFree() {
		return !restricts() && this.sensitive == null && this.rateBucket == null;
	}

	/** Whether any rule restricts who may read: everything but {@code @public}. */
	public boolean restricts() {
		return !this.roles.isEmpty() || !this.scopes.isEmpty() || !this.channels.isEmpty()
				|| this.classifiedBy != null;
	}

	/** The field, its declaring type and the named type it returns, each once. */
	static List<GraphQLDirectiveContainer> holders(GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
		List<GraphQLDirectiveContainer> holders = new ArrayList<>();
		holders.add(field);
		if (parent instanceof GraphQLDirectiveContainer container) {
			holders.add(container);
		}
		GraphQLType returned = GraphQLTypeUtil.unwrapAll(field.getType());
		if (returned instanceof GraphQLDirectiveContainer container && returned != parent) {
			holders.add(container);
		}
		return holders;
	}

	private static String argument(GraphQLAppliedDirective directive, String argument) {
		Object value = directive.getArgument(argument).getValue();
		return String.valueOf(value);
	}

	private static Set<String> strings(GraphQLAppliedDirective directive, String argument) {
		var arg = directive.getArgument(argument);
		Object value = (arg != null) ? arg.getValue() : null;
		Set<String> values = new LinkedHashSet<>();
		if (value instanceof Iterable<?> items) {
			items.forEach(item -> values.add(String.valueOf(item)));
		}
		return values;
	}

}
