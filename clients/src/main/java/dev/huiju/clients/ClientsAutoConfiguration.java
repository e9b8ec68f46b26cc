package dev.huiju.clients;

import java.time.Clock;
import java.util.Map;

import dev.huiju.clients.cache.CacheStore;
import dev.huiju.clients.cache.InProcessCacheStore;
import dev.huiju.clients.cache.RedisCacheStore;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.directory.DirectoryApi;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.documents.DocumentsApi;
import dev.huiju.clients.documents.DocumentsClient;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** One client per domain service, each with its own connection settings and resilience. */
@AutoConfiguration(afterName = { "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
		"io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
		"io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration" })
@EnableConfigurationProperties(ClientsProperties.class)
public class ClientsAutoConfiguration {

	public static final String DIRECTORY = "directory";

	public static final String DOCUMENTS = "documents";

	@Bean
	DirectoryClient directoryClient(ObjectProvider<WebClient.Builder> builder, ClientsProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries, BulkheadRegistry bulkheads, ReferenceCache cache) {
		return new DirectoryClient(proxy(DirectoryApi.class, builder, properties.of(DIRECTORY)),
				calls(DIRECTORY, properties, breakers, retries, bulkheads), cache);
	}

	/** {@code huiju.clients.caching=false} turns every cache off, whatever {@code huiju.clients.cache} says. */
	@Bean
	ReferenceCache referenceCache(CacheStore store, ClientsProperties properties, ObjectProvider<Clock> clock,
			@Value("${huiju.clients.caching:true}") boolean caching) {
		return new ReferenceCache(store, caching ? properties.cache() : Map.of(), clock.getIfAvailable(Clock::systemUTC));
	}

	/** Redis, shared by instances, when the application enables it; in process otherwise. */
	@Configuration(proxyBeanMethods = false)
	static class CacheStores {

		@Bean
		@ConditionalOnClass(name = "org.springframework.data.redis.core.ReactiveStringRedisTemplate")
		@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "true")
		CacheStore redisCacheStore(ObjectProvider<org.springframework.data.redis.core.ReactiveStringRedisTemplate> redis) {
			return new RedisCacheStore(redis.getObject());
		}

		@Bean
		@ConditionalOnMissingBean(CacheStore.class)
		CacheStore inProcessCacheStore(ObjectProvider<Clock> clock) {
			return new InProcessCacheStore(clock.getIfAvailable(Clock::systemUTC));
		}

	}

	@Bean
	DocumentsClient documentsClient(ObjectProvider<WebClient.Builder> builder, ClientsProperties properties,
			CircuitBreakerRegistry breakers, RetryRegistry retries, BulkheadRegistry bulkheads) {
		return new DocumentsClient(proxy(DocumentsApi.class, builder, properties.of(DOCUMENTS)),
				calls(DOCUMENTS, properties, breakers, retries, bulkheads));
	}

	private static ResilientCalls calls(String name, ClientsProperties properties, CircuitBreakerRegistry breakers,
			RetryRegistry retries, BulkheadRegistry bulkheads) {
		return new ResilientCalls(name, properties.of(name).timeoutOrDefault(), breakers, retries, bulkheads);
	}

	private static <T> T proxy(Class<T> api, ObjectProvider<WebClient.Builder> builder, ClientsProperties.Service service) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(service.timeoutOrDefault().toMillis(), 5000))
			.responseTimeout(service.timeoutOrDefault());
		WebClient client = builder.getIfAvailable(WebClient::builder).clone()
			.baseUrl(service.baseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.filter(requesterHeaders())
			.build();
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build().createClient(api);
	}

	/** Adds the {@link Requester} of the Reactor context as headers; a header the call sets itself wins. */
	private static ExchangeFilterFunction requesterHeaders() {
		return (request, next) -> Mono.deferContextual(context -> {
			var requester = Requester.from(context);
			if (requester.isEmpty()) {
				return next.exchange(request);
			}
			Requester r = requester.get();
			ClientRequest withHeaders = ClientRequest.from(request).headers(headers -> {
				putIfAbsent(headers, Requester.USER_HEADER, r.userId());
				putIfAbsent(headers, Requester.CLEARANCE_HEADER, r.clearance());
				putIfAbsent(headers, Requester.REGION_HEADER, r.regionId());
			}).build();
			return next.exchange(withHeaders);
		});
	}

	private static void putIfAbsent(HttpHeaders headers, String name, String value) {
		if (value != null && !headers.containsHeader(name)) {
			headers.set(name, value);
		}
	}

}
