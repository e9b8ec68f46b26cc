package dev.huiju.clients;

import dev.huiju.clients.cache.ReferenceCache;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each domain service is and how long a call may take, under {@code huiju.clients.services.<service>};
 * which reference data is cached and for how long, under {@code huiju.clients.cache.<name>}.
 * Retries and breakers come from {@code resilience4j.*.configs.default}, or from
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

	/**
	 * One service: its base URL, the time one attempt may take, and the limit of this instance's calls to it:
	 * {@code max-concurrent-calls} in flight, at most {@code max-queued-calls} waiting behind them, each for at
	 * most {@code max-queue-wait} (see {@link CallLimit}; docs/performance.md says how the defaults were sized).
	 */
	public record Service(String baseUrl, Duration timeout, Integer maxConcurrentCalls, Integer maxQueuedCalls,
			Duration maxQueueWait) {

		public Duration timeoutOrDefault() {
			return (this.timeout != null) ? this.timeout : Duration.ofSeconds(2);
		}

		public CallLimit limit(String name) {
			return new CallLimit(name, (this.maxConcurrentCalls != null) ? this.maxConcurrentCalls : 32,
					(this.maxQueuedCalls != null) ? this.maxQueuedCalls : 2_000,
					(this.maxQueueWait != null) ? this.maxQueueWait : Duration.ofSeconds(10));
		}

	}

}
