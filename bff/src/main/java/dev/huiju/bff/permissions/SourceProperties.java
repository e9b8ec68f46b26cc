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

	/**
	 * Each class's accessors by property name: the rules and the audit read a property of every object they see,
	 * so the lookup builds no key and hashes no new string.
	 */
	private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
		@Override
		protected Map<String, Optional<Method>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private SourceProperties() {
	}

	public static Object read(Object source, String property) {
		if (source == null) {
			return null;
		}
		if (source instanceof Map<?, ?> map) {
			return map.get(property);
		}
		Map<String, Optional<Method>> accessors = ACCESSORS.get(source.getClass());
		Optional<Method> accessor = accessors.get(property);
		if (accessor == null) {
			accessor = accessors.computeIfAbsent(property, name -> find(source.getClass(), name));
		}
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
