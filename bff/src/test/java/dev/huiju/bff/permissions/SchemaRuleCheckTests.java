package dev.huiju.bff.permissions;

import java.io.IOException;
import java.util.List;

import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the served schema has a decision, and every field a rule can deny can be null. */
class SchemaRuleCheckTests {

	@Test
	void everyReachableFieldOfTheServedSchemaHasADecision() throws IOException {
		GraphQLSchema schema = servedSchema();
		assertThat(schema.getQueryType().getFieldDefinitions()).hasSizeGreaterThan(5);
		assertThat(SchemaRuleCheck.problems(schema)).isEmpty();
	}

	@Test
	void aFieldWithoutADecisionIsReported() {
		GraphQLSchema schema = schemaOf(DIRECTIVES + """
				type Query @public { notes: [Note] }
				type Note { id: ID! text: String @auth(roles: ["CLERK"]) secret: String }
				""");
		assertThat(SchemaRuleCheck.problems(schema)).containsExactly("Note.id: no rule and no @public",
				"Note.secret: no rule and no @public");
	}

	@Test
	void aDeniableFieldThatCannotBeNullIsReported() {
		GraphQLSchema schema = schemaOf(DIRECTIVES + """
				type Query @public { card: Card! @auth(roles: ["LEADER"]) open: Card }
				type Card @public { owner: Person! holder: Person }
				type Person @channels(allow: [WEB_PORTAL]) { name: String! }
				""");
		assertThat(SchemaRuleCheck.problems(schema)).containsExactly(
				"Query.card: a rule can deny it, so it must be nullable",
				"Card.owner: a rule can deny it, so it must be nullable");
	}

	@Test
	void theImplementationsOfAnInterfaceAreCheckedToo() {
		GraphQLSchema schema = schemaOf(DIRECTIVES + """
				type Query @public { items: [Item] }
				interface Item @auth(roles: ["CLERK"]) { id: ID! }
				type Memo implements Item @auth(roles: ["CLERK"]) { id: ID! }
				type Note implements Item { id: ID! text: String }
				""");
		assertThat(SchemaRuleCheck.problems(schema)).containsExactly("Note.id: no rule and no @public",
				"Note.text: no rule and no @public");
	}

	private static final String DIRECTIVES = """
			enum Channel { WEB_PORTAL MOBILE_APP }
			directive @auth(roles: [String!], scopes: [String!]) on OBJECT | INTERFACE | FIELD_DEFINITION
			directive @public on OBJECT | FIELD_DEFINITION
			directive @channels(allow: [Channel!]!) on OBJECT | INTERFACE | FIELD_DEFINITION
			""";

	private static GraphQLSchema servedSchema() throws IOException {
		return ServedSchema.load();
	}

	private static GraphQLSchema schemaOf(String sdl) {
		return ServedSchema.of(sdl);
	}

}
