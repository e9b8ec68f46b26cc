package dev.huiju.service.support;

import java.time.Duration;
import java.util.function.Function;

import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls from one domain service to another ({@code huiju.services.<name>.base-url} and {@code .timeout}),
 * always on the actor's behalf with their token relayed, so the other service applies its own rules to
 * them. A peer that fails or does not answer in time is {@code UNAVAILABLE} with the given sentence, never
 * a guess.
 */
@Component
public class Peers {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

	private final WebClient.Builder builder;

	private final Environment environment;

	Peers(ObjectProvider<WebClient.Builder> builder, Environment environment) {
		this.builder = builder.getIfAvailable(WebClient::builder);
		this.environment = environment;
	}

	/** The peer's client; {@code defaultUrl} is its address in the local stack. */
	public Peer peer(String name, String defaultUrl) {
		String baseUrl = this.environment.getProperty("huiju.services." + name + ".base-url", defaultUrl);
		Duration timeout = this.environment.getProperty("huiju.services." + name + ".timeout", Duration.class,
				DEFAULT_TIMEOUT);
		return new Peer(this.builder.clone().baseUrl(baseUrl).build(), timeout);
	}

	public record Peer(WebClient client, Duration timeout) {

		/** Runs {@code call} with the actor's token; any failure but a domain error becomes UNAVAILABLE. */
		public <T> Mono<T> ask(Actor actor, Function<WebClient, WebClient.RequestHeadersSpec<?>> call,
				Function<WebClient.ResponseSpec, Mono<T>> body, String unavailable) {
			return Mono.defer(() -> body.apply(call.apply(this.client)
					.headers(headers -> headers.setBearerAuth(actor.token()))
					.retrieve()))
				.timeout(this.timeout)
				.onErrorMap(ex -> !(ex instanceof DomainException), ex -> new DomainException(
						HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", unavailable, null));
		}

	}

}
