package dev.huiju.bff.permissions;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.ReflectionUtils;

/**
 * Reads a named property off an object a data fetcher returned (a record, a bean or a map), the way
 * GraphQL's default fetcher would; the rules use it for classification, owner, department and region.
 */
public final class SourceProperties {

	private static final Map<String, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

	private SourceProperties() {
	}

	public static Object read(Object source, String property) {
		if (source == null) {
			return null;
		}
		if (source instanceof Map<?, ?> map) {
			return map.get(property);
		}
		Optional<Method> accessor = ACCESSORS.computeIfAbsent(source.getClass().getName() + "#" + property,
				key -> find(source.getClass(), property));
		return accessor.map(method -> ReflectionUtils.invokeMethod(method, source)).orElse(null);
	}

	private static Optional<Method> find(Class<?> type, String property) {
		String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
		for (String name : new String[] { property, "get" + capitalized, "is" + capitalized }) {
			Method method = ReflectionUtils.findMethod(type, name);
			if (method != null && method.getParameterCount() == 0) {
				ReflectionUtils.makeAccessible(method);
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}

}
