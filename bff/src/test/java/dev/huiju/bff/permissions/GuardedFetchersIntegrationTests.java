package dev.huiju.bff.permissions;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served schema's fetchers: a field with a rule is guarded from start-up, and a property without one keeps
 * graphql-java's trivial fetcher, which runs without building a fetching environment.
 */
@SpringBootTest
class GuardedFetchersIntegrationTests {

	@Autowired
	GraphQlSource source;

	@Test
	void aPropertyWithoutARuleKeepsItsTrivialFetcher() {
		assertThat(fetcher("Department", "name")).isInstanceOf(TrivialDataFetcher.class);
		assertThat(fetcher("Region", "level")).isInstanceOf(TrivialDataFetcher.class);
	}

	@Test
	void aFieldWithARuleIsGuarded() {
		assertThat(fetcher("Person", "idNumber")).isInstanceOf(GuardedFetchers.GuardedProperty.class);
		assertThat(fetcher("Person", "name")).isInstanceOf(GuardedFetchers.GuardedProperty.class);
	}

	private DataFetcher<?> fetcher(String type, String field) {
		GraphQLSchema schema = this.source.schema();
		GraphQLObjectType object = schema.getObjectType(type);
		return schema.getCodeRegistry().getDataFetcher(object, object.getFieldDefinition(field));
	}

}
