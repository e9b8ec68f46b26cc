package dev.huiju.bigscreen.gathering;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Statistics calls to the domain services, and announcements of changed indicators to the BFF, under the big
 * screen's own client-credentials token (scopes {@code statistics:read} and {@code indicators:publish}): Spring Security asks the authorization server for it, keeps it and asks again
 * before it expires. No person's token is involved; the services answer figures only.
 */
@Component
class StatisticsClient {

	static final String REGISTRATION = "bigscreen";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final WebClient web;

	private final Environment environment;

	private final Map<String, String> baseUrls = new ConcurrentHashMap<>();

	StatisticsClient(BigscreenProperties properties, Environment environment, ObjectProvider<WebClient.Builder> builders) {
		if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
			throw new IllegalStateException("huiju.bigscreen.client-secret is not set");
		}
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("statistics:read", "indicators:publish")
			.tokenUri(properties.tokenUri())
			.build();
		InMemoryReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		// Outside a request (a schedule), so the manager keeps the token in a service, not in a web session.
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
		ServerOAuth2AuthorizedClientExchangeFilterFunction oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				manager);
		oauth.setDefaultClientRegistrationId(REGISTRATION);
		this.web = builders.getIfAvailable(WebClient::builder).filter(oauth).build();
		this.environment = environment;
	}

	/** The answer of {@code path} on {@code service}, as a tree; failures as they come. */
	Mono<JsonNode> get(String service, String path) {
		return this.web.get().uri(baseUrl(service) + path).retrieve().bodyToMono(JsonNode.class).timeout(TIMEOUT);
	}

	/** Posts {@code body} as JSON to {@code url}; failures as they come. */
	Mono<Void> post(String url, Object body) {
		return this.web.post().uri(url).bodyValue(body).retrieve().toBodilessEntity().timeout(TIMEOUT).then();
	}

	private String baseUrl(String service) {
		return this.baseUrls.computeIfAbsent(service, name -> {
			String url = this.environment.getProperty("huiju.services." + name + ".base-url");
			if (url == null) {
				throw new IllegalStateException("huiju.services." + name + ".base-url is not set");
			}
			return url;
		});
	}

}
