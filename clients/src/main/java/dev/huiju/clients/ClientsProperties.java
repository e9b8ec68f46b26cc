package dev.huiju.clients;

import dev.huiju.clients.cache.ReferenceCache;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each domain service is and how long a call may take, under {@code huiju.clients.services.<service>};
 * which reference data is cached and for how long, under {@code huiju.clients.cache.<name>}.
 * Retries, breakers and bulkheads come from {@code resilience4j.*.configs.default}, or from
 * {@code resilience4j.*.instances.<service>} for a service that needs other settings.
 */
@ConfigurationProperties("huiju.clients")
public record ClientsProperties(Map<String, Service> services, Map<String, ReferenceCache.Policy> cache) {

	/** The names of the configured services. */
	public java.util.Set<String> names() {
		return (this.services != null) ? this.services.keySet() : java.util.Set.of();
	}

	public Service of(String name) {
		Service service = (this.services != null) ? this.services.get(name) : null;
		if (service == null || service.baseUrl() == null) {
			throw new IllegalStateException("huiju.clients.services." + name + ".base-url is not set");
		}
		return service;
	}

	/** One service: its base URL and the time one attempt may take. */
	public record Service(String baseUrl, Duration timeout) {

		public Duration timeoutOrDefault() {
			return (this.timeout != null) ? this.timeout : Duration.ofSeconds(2);
		}

	}

}
