package dev.huiju.bff.permissions;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads aggregates only, and the directives prove it: walking the served schema from its roots
 * through every field a dashboard token's channel may reach, no field holds personal data ({@code @sensitive})
 * and none leads to a person ({@code Person}).
 */
class DashboardReachTests {

	private static final String DASHBOARD = "DASHBOARD";

	/** The types whose every instance is a person. */
	private static final Set<String> PEOPLE = Set.of("Person");

	@Test
	void noFieldReachableFromTheDashboardNamesOrIdentifiesAPerson() throws IOException {
		GraphQLSchema schema = ServedSchema.load();
		List<String> reached = reachable(schema, DASHBOARD);
		assertThat(reached).as("fields the dashboard reaches").contains("Query.indicators", "Indicator.value",
				"Subscription.indicatorChanged", "Query.elderCareNow");
		assertThat(personal(schema, DASHBOARD)).isEmpty();
	}

	@Test
	void aPersonsFieldOpenToTheDashboardIsReported() {
		GraphQLSchema schema = ServedSchema.of("""
				enum Channel { WEB_PORTAL DASHBOARD }
				enum SensitiveKind { NAME }
				directive @channels(allow: [Channel!]!) on OBJECT | INTERFACE | FIELD_DEFINITION
				directive @sensitive(kind: SensitiveKind!) on FIELD_DEFINITION
				type Query { figures: Figures me: Me }
				type Figures { total: Int leader: Person }
				type Me @channels(allow: [WEB_PORTAL]) { person: Person }
				type Person { name: String @sensitive(kind: NAME) staffNo: String }
				""");
		assertThat(personal(schema, DASHBOARD)).containsExactly("Figures.leader leads to Person",
				"Person.name holds NAME");
	}

	/** What a channel reaches that names or identifies someone. */
	static List<String> personal(GraphQLSchema schema, String channel) {
		List<String> problems = new ArrayList<>();
		walk(schema, channel, (parent, field) -> {
			String coordinate = parent.getName() + "." + field.getName();
			AccessRules rules = AccessRules.of(parent, field);
			if (rules.sensitive() != null) {
				problems.add(coordinate + " holds " + rules.sensitive());
			}
			GraphQLNamedType type = GraphQLTypeUtil.unwrapAll(field.getType());
			if (PEOPLE.contains(type.getName())) {
				problems.add(coordinate + " leads to " + type.getName());
			}
		});
		return problems;
	}

	static List<String> reachable(GraphQLSchema schema, String channel) {
		List<String> fields = new ArrayList<>();
		walk(schema, channel, (parent, field) -> fields.add(parent.getName() + "." + field.getName()));
		return fields;
	}

	private interface Visitor {

		void visit(GraphQLFieldsContainer parent, GraphQLFieldDefinition field);

	}

	/** Breadth first from the roots, through the fields whose every {@code @channels} admits the channel. */
	private static void walk(GraphQLSchema schema, String channel, Visitor visitor) {
		Deque<GraphQLFieldsContainer> todo = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		for (GraphQLFieldsContainer root : new GraphQLFieldsContainer[] { schema.getQueryType(),
				schema.getMutationType(), schema.getSubscriptionType() }) {
			if (root != null && seen.add(root.getName())) {
				todo.add(root);
			}
		}
		while (!todo.isEmpty()) {
			GraphQLFieldsContainer parent = todo.poll();
			for (GraphQLFieldDefinition field : parent.getFieldDefinitions()) {
				if (field.getName().startsWith("__")) {
					continue;
				}
				AccessRules rules = AccessRules.of(parent, field);
				if (!rules.channels().stream().allMatch(allowed -> allowed.contains(channel))) {
					continue;
				}
				visitor.visit(parent, field);
				for (GraphQLType next : concrete(schema, GraphQLTypeUtil.unwrapAll(field.getType()))) {
					if (next instanceof GraphQLFieldsContainer container && seen.add(container.getName())) {
						todo.add(container);
					}
				}
			}
		}
	}

	private static List<GraphQLType> concrete(GraphQLSchema schema, GraphQLType type) {
		List<GraphQLType> types = new ArrayList<>(List.of(type));
		if (type instanceof graphql.schema.GraphQLInterfaceType face) {
			types.addAll(schema.getImplementations(face));
		}
		if (type instanceof GraphQLUnionType union) {
			types.addAll(union.getTypes());
		}
		return types;
	}

}
