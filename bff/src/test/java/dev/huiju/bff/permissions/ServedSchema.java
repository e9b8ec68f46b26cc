package dev.huiju.bff.permissions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema as served, from every {@code schema/*.graphqls} on the class path, for checks of its directives. */
final class ServedSchema {

	private ServedSchema() {
	}

	static GraphQLSchema load() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:schema/*.graphqls");
		assertThat(files).extracting(Resource::getFilename).contains("common.graphqls", "documents.graphqls");
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	static GraphQLSchema of(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

}
