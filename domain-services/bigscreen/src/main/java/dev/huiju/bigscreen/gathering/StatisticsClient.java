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

	static final String READ = "bigscreen-statistics";

	static final String PUBLISH = "bigscreen-announcements";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final WebClient reads;

	private final WebClient announcements;

	private final Environment environment;

	private final Map<String, String> baseUrls = new ConcurrentHashMap<>();

	StatisticsClient(BigscreenProperties properties, Environment environment, ObjectProvider<WebClient.Builder> builders) {
		if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
			throw new IllegalStateException("huiju.bigscreen.client-secret is not set");
		}
		// Two tokens of the same client: the one the domain services see may only read figures, and only the BFF
		// sees the one that may announce them, so a token seen on the way to a service cannot publish.
		ClientRegistration read = registration(properties, READ, "statistics:read");
		ClientRegistration publish = registration(properties, PUBLISH, "indicators:publish");
		InMemoryReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(
				read, publish);
		// Outside a request (a schedule), so the manager keeps the tokens in a service, not in a web session.
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
		WebClient.Builder builder = builders.getIfAvailable(WebClient::builder);
		this.reads = builder.clone().filter(oauth(manager, READ)).build();
		this.announcements = builder.clone().filter(oauth(manager, PUBLISH)).build();
		this.environment = environment;
	}

	private static ClientRegistration registration(BigscreenProperties properties, String id, String scope) {
		return ClientRegistration.withRegistrationId(id)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(scope)
			.tokenUri(properties.tokenUri())
			.build();
	}

	private static ServerOAuth2AuthorizedClientExchangeFilterFunction oauth(
			AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager, String registration) {
		ServerOAuth2AuthorizedClientExchangeFilterFunction oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(
				manager);
		oauth.setDefaultClientRegistrationId(registration);
		return oauth;
	}

	/** The answer of {@code path} on {@code service}, as a tree; failures as they come. */
	Mono<JsonNode> get(String service, String path) {
		return Mono.defer(() -> this.reads.get().uri(baseUrl(service) + path).retrieve().bodyToMono(JsonNode.class)).timeout(TIMEOUT);
	}

	/** Posts {@code body} as JSON to {@code url}; failures as they come. */
	Mono<Void> post(String url, Object body) {
		return this.announcements.post().uri(url).bodyValue(body).retrieve().toBodilessEntity().timeout(TIMEOUT).then();
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
