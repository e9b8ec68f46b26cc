package dev.huiju.service.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A domain service listens on 127.0.0.1 unless {@code server.address} says otherwise: only the BFF (and, in
 * production, the service mesh or load balancer in front of each service) is meant to reach it.
 */
class LoopbackByDefault implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Added last: any configuration, argument or environment variable wins over it.
		environment.getPropertySources()
			.addLast(new MapPropertySource("huiju-service-defaults", Map.of("server.address", "127.0.0.1")));
	}

}
