package dev.huiju.bff.permissions;

import java.util.ArrayList;
import java.util.List;

import com.netflix.graphql.dgs.DgsDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;

/**
 * Writes who sees a {@code @sensitive} field in clear into the field's description, from the same
 * configuration ({@code huiju.permissions.sensitive}) that {@link Masks} applies, so the schema a front end
 * reads can never promise less or more than the BFF does.
 */
@DgsDirective(name = "sensitive")
class SensitiveDescriptions implements SchemaDirectiveWiring {

	private final PermissionsProperties properties;

	SensitiveDescriptions(PermissionsProperties properties) {
		this.properties = properties;
	}

	@Override
	public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
		GraphQLFieldDefinition field = env.getElement();
		Object kind = env.getAppliedDirective().getArgument("kind").getValue();
		String kindName = (kind instanceof Enum<?> constant) ? constant.name() : String.valueOf(kind);
		String rule = describe(this.properties.sensitive().get(kindName));
		String base = (field.getDescription() != null) ? field.getDescription().strip() : "";
		return field.transform(builder -> builder.description((base.isEmpty() ? "" : base + " ") + rule));
	}

	static String describe(PermissionsProperties.ClearValues clear) {
		if (clear == null) {
			return "Always masked.";
		}
		List<String> who = new ArrayList<>();
		if (!clear.roles().isEmpty()) {
			who.add("roles " + String.join(", ", clear.roles()) + (clear.withinRegion() ? " (inside their region)" : ""));
		}
		if (clear.sameDepartment()) {
			who.add("the same department");
		}
		if (clear.self()) {
			who.add("the person themselves");
		}
		return who.isEmpty() ? "Always masked." : "In clear for " + String.join("; ", who) + "; masked for anyone else.";
	}

}
