package dev.huiju.bff.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.huiju.crypto.Secrets;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * With the production profile, the BFF does not start on a development secret, or without one: every
 * watermark key (it signs watermarks and derives the SM4 key that seals user references), every audit chain
 * key, and the secret that seals the reference cache in Redis must be present, Base64 of at least 32 bytes, and none of the values
 * published in this repository. Runs before any bean
 * exists, so nothing is ever signed with a public key.
 */
public class ProductionSecrets implements EnvironmentPostProcessor, Ordered {

	/** Secrets published in this repository's development configuration: public, so never production's. */
	static final Set<String> DEVELOPMENT_VALUES = Set.of("Owqlr+e0rDlFcPCOS2Edlc/x5+OCK7xEtBve0poHrtQ=",
			"3q8NKUb2mJ0rY4Vq9tBz1cXo7WfLhE5sDgP6uAiRkCM=", "pL0Gq2v7n8XcR4mT1yZ6sK9wB3eH5jA0uD2fN7iQxVo=");

	static final Set<String> DEVELOPMENT_KEY_IDS = Set.of("dev-1", "dev-audit-1");

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("production"))) {
			return;
		}
		Binder binder = Binder.get(environment);
		Map<String, String> keys = binder.bind("huiju.watermark.keys", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		String active = binder.bind("huiju.watermark.active-key", String.class).orElse(null);
		List<String> problems = problems("watermark", active, keys);
		problems.addAll(problems("audit", binder.bind("huiju.audit.active-key", String.class).orElse(null),
				binder.bind("huiju.audit.keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of())));
		String cacheSecret = binder.bind("huiju.clients.cache-secret", String.class).orElse(null);
		if (DEVELOPMENT_VALUES.contains(cacheSecret)) {
			problems.add("huiju.clients.cache-secret is a development key");
		}
		else if (!longEnough(cacheSecret)) {
			problems.add("huiju.clients.cache-secret is missing or shorter than 32 bytes of Base64 (set HUIJU_CACHE_SECRET)");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the production profile refuses to start: " + String.join("; ", problems));
		}
	}

	/** What is wrong with one set of keys ({@code huiju.<kind>.keys}, {@code huiju.<kind>.active-key}). */
	static List<String> problems(String kind, String active, Map<String, String> keys) {
		List<String> problems = new ArrayList<>();
		if (active == null || active.isBlank() || !keys.containsKey(active)) {
			problems.add("huiju." + kind + ".active-key names no configured key (set HUIJU_" + kind.toUpperCase()
					+ "_SECRET)");
		}
		keys.forEach((id, secret) -> {
			if (DEVELOPMENT_KEY_IDS.contains(id) || DEVELOPMENT_VALUES.contains(secret)) {
				problems.add(kind + " key " + id + " is a development key");
			}
			else if (!longEnough(secret)) {
				problems.add(kind + " key " + id + " is missing or shorter than 32 bytes of Base64");
			}
		});
		return problems;
	}

	private static boolean longEnough(String secret) {
		return Secrets.strongEnough(secret);
	}

}
