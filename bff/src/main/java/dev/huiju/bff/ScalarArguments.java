package dev.huiju.bff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import com.netflix.graphql.dgs.InputArgument;
import com.netflix.graphql.dgs.internal.method.ArgumentResolver;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hands a data fetcher its {@code @InputArgument} of a plain type (text, numbers, booleans, dates) as graphql-java
 * already coerced it. DGS's own resolver looks up the method's Kotlin function by reflection on every call, for
 * every argument, to learn what a Java method's signature already says (2 % of the BFF's CPU on the portal
 * screen). Input objects, lists, enums, and a value not already of the parameter's type go to DGS's resolver.
 * Ordered before it: DGS takes the first resolver that supports a parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScalarArguments implements ArgumentResolver {

	private static final Set<Class<?>> PLAIN = Set.of(String.class, Integer.class, Long.class, Boolean.class,
			Double.class, LocalDate.class, OffsetDateTime.class);

	private final ArgumentResolver dgs;

	ScalarArguments(@Qualifier("inputArgumentResolver") ArgumentResolver dgs) {
		this.dgs = dgs;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PLAIN.contains(parameter.getParameterType()) && parameter.hasParameterAnnotation(InputArgument.class)
				&& name(parameter) != null;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment env) {
		Object value = env.getArgument(name(parameter));
		if (value == null || parameter.getParameterType().isInstance(value)) {
			return value;
		}
		return this.dgs.resolveArgument(parameter, env);
	}

	private static String name(MethodParameter parameter) {
		InputArgument argument = parameter.getParameterAnnotation(InputArgument.class);
		if (argument != null && !argument.name().isEmpty()) {
			return argument.name();
		}
		if (argument != null && !argument.value().isEmpty()) {
			return argument.value();
		}
		return parameter.getParameterName();
	}

}
