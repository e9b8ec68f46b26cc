package dev.huiju.clients;

import java.time.Clock;
import java.util.Map;

import dev.huiju.clients.cache.CacheStore;
import dev.huiju.clients.cache.InProcessCacheStore;
import dev.huiju.clients.cache.RedisCacheStore;
import dev.huiju.clients.cache.SealedCacheStore;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.bigscreen.BigscreenApi;
import dev.huiju.clients.bigscreen.BigscreenClient;
import dev.huiju.clients.dining.DiningApi;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.directory.DirectoryApi;
import dev.huiju.clients.eldercare.EldercareApi;
import dev.huiju.clients.eldercare.EldercareClient;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.documents.DocumentsApi;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.meetings.MeetingsApi;
import dev.huiju.clients.meetings.MeetingsClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** One client per domain service, each made by {@link DomainClients} from its configuration. */
@AutoConfiguration(afterName = { "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
		"io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration" })
@EnableConfigurationProperties(ClientsProperties.class)
public class ClientsAutoConfiguration {

	public static final String DIRECTORY = "directory";

	public static final String DOCUMENTS = "documents";

	public static final String MEETINGS = "meetings";

	public static final String DINING = "dining";

	public static final String ELDERCARE = "eldercare";

	public static final String BIGSCREEN = "bigscreen";

	@Bean
	DomainClients domainClients(ObjectProvider<WebClient.Builder> builder, ClientsProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries, ObjectProvider<MeterRegistry> meters) {
		return new DomainClients(builder.getIfAvailable(WebClient::builder), properties, breakers, retries,
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	DirectoryClient directoryClient(DomainClients clients, ReferenceCache cache) {
		return new DirectoryClient(clients.api(DIRECTORY, DirectoryApi.class), clients.calls(DIRECTORY), cache);
	}

	@Bean
	DocumentsClient documentsClient(DomainClients clients) {
		return new DocumentsClient(clients.api(DOCUMENTS, DocumentsApi.class), clients.calls(DOCUMENTS));
	}

	@Bean
	MeetingsClient meetingsClient(DomainClients clients, ReferenceCache cache) {
		return new MeetingsClient(clients.api(MEETINGS, MeetingsApi.class), clients.calls(MEETINGS), cache);
	}

	@Bean
	DiningClient diningClient(DomainClients clients, ReferenceCache cache) {
		return new DiningClient(clients.api(DINING, DiningApi.class), clients.calls(DINING), cache);
	}

	@Bean
	BigscreenClient bigscreenClient(DomainClients clients) {
		return new BigscreenClient(clients.api(BIGSCREEN, BigscreenApi.class), clients.calls(BIGSCREEN));
	}

	@Bean
	EldercareClient eldercareClient(DomainClients clients, ReferenceCache cache) {
		return new EldercareClient(clients.api(ELDERCARE, EldercareApi.class), clients.calls(ELDERCARE), cache);
	}

	/** {@code huiju.clients.caching=false} turns every cache off, whatever {@code huiju.clients.cache} says. */
	@Bean
	ReferenceCache referenceCache(CacheStore store, ClientsProperties properties, ObjectProvider<Clock> clock,
			@Value("${huiju.clients.caching:true}") boolean caching) {
		return new ReferenceCache(store, caching ? properties.cache() : Map.of(), clock.getIfAvailable(Clock::systemUTC));
	}

	/** Redis (sealed), shared by instances, when the application enables it; in process otherwise. */
	@Configuration(proxyBeanMethods = false)
	static class CacheStores {

		@Bean
		@ConditionalOnClass(name = "org.springframework.data.redis.core.ReactiveStringRedisTemplate")
		@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "true")
		CacheStore redisCacheStore(ObjectProvider<org.springframework.data.redis.core.ReactiveStringRedisTemplate> redis,
				@Value("${huiju.clients.cache-secret:}") String secret) {
			// Outside the process, values are sealed: Redis never holds a phone or ID number in clear.
			return new SealedCacheStore(new RedisCacheStore(redis.getObject()), secret);
		}

		@Bean
		@ConditionalOnMissingBean(CacheStore.class)
		CacheStore inProcessCacheStore(ObjectProvider<Clock> clock) {
			return new InProcessCacheStore(clock.getIfAvailable(Clock::systemUTC));
		}

	}

}
