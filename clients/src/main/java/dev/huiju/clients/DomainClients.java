package dev.huiju.clients;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.huiju.clients.json.ClientJsonModule;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Makes the client of any domain service configured under {@code huiju.clients.services.<name>}: its HTTP
 * interface over a WebClient with the service's base URL and timeouts, relaying the caller's token, and its
 * {@link ResilientCalls} (its call limit from the same settings; breaker and retry from
 * {@code resilience4j.*.configs.default}, or from {@code instances.<name>} where a service needs other settings). A new domain's client is one bean built from
 * these two, with no code of its own for connections or resilience.
 */
public class DomainClients {

	private final WebClient.Builder builder;

	private final ClientsProperties properties;

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final MeterRegistry meters;

	/** One set of resilience per service, however many clients share it. */
	private final Map<String, ResilientCalls> calls = new ConcurrentHashMap<>();

	public DomainClients(WebClient.Builder builder, ClientsProperties properties, CircuitBreakerRegistry breakers,
			RetryRegistry retries, MeterRegistry meters) {
		this.builder = builder;
		this.properties = properties;
		this.breakers = breakers;
		this.retries = retries;
		this.meters = meters;
		// Fails at start-up, not at the first call, when a configured service has no address.
		properties.names().forEach(properties::of);
	}

	/** The service's HTTP interface {@code api}, as a proxy over its own WebClient. */
	public <T> T api(String service, Class<T> api) {
		ClientsProperties.Service settings = this.properties.of(service);
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(settings.timeoutOrDefault().toMillis(), 5000))
			.responseTimeout(settings.timeoutOrDefault());
		WebClient client = this.builder.clone()
			.baseUrl(settings.baseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> {
				codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024);
				codecs.defaultCodecs().jacksonJsonDecoder(ClientJsonModule.decoder());
			})
			.filter(relayToken())
			.build();
		return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build().createClient(api);
	}

	/** The limit, timeout, breaker and read retries of the service's calls. */
	public ResilientCalls calls(String service) {
		return this.calls.computeIfAbsent(service, name -> {
			ClientsProperties.Service settings = this.properties.of(name);
			CallLimit limit = settings.limit(name);
			Gauge.builder("huiju.clients.calls.in.flight", limit, CallLimit::inFlight).tag("name", name)
				.description("calls to the service in flight").register(this.meters);
			Gauge.builder("huiju.clients.calls.queued", limit, CallLimit::queued).tag("name", name)
				.description("calls waiting for a place in the service's limit").register(this.meters);
			return new ResilientCalls(name, settings.timeoutOrDefault(), limit, this.breakers, this.retries);
		});
	}

	/**
	 * Relays the {@link Requester}'s token of the Reactor context as the call's bearer token. A call without
	 * one goes without, and the service refuses it: nothing reaches a service on nobody's behalf.
	 */
	private static ExchangeFilterFunction relayToken() {
		return (request, next) -> Mono.deferContextual(context -> {
			var requester = Requester.from(context);
			if (requester.isEmpty()) {
				return next.exchange(request);
			}
			String token = requester.get().accessToken();
			return next.exchange(ClientRequest.from(request).headers(headers -> headers.setBearerAuth(token)).build());
		});
	}

}
