package dev.huiju.authserver.clients;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.huiju.access.ChannelClient;
import dev.huiju.authserver.AuthServerProperties;
import dev.huiju.authserver.tokens.HuijuClaims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The channel clients: one per front end, all public (front ends cannot keep a secret), hence PKCE. The
 * channel of a request is the token's client, so the client ids are the channel names. Beside them, the
 * machine clients of {@code huiju.auth.machine-clients}.
 */
@Configuration(proxyBeanMethods = false)
public class ChannelClients {

	/** The client ids, which are also the channel names the BFF knows. */
	public static final List<String> CLIENT_IDS = Arrays.stream(ChannelClient.values()).map(ChannelClient::clientId)
		.toList();

	@Bean
	RegisteredClientRepository registeredClientRepository(AuthServerProperties properties) {
		List<RegisteredClient> clients = new ArrayList<>(
				CLIENT_IDS.stream().map(id -> channelClient(id, properties.redirectUris())).toList());
		properties.machineClientsOrNone().forEach((id, machine) -> clients.add(machineClient(id, machine)));
		return new InMemoryRegisteredClientRepository(clients);
	}

	/** A service acting for no person: client credentials, its own secret, narrow scopes, no user's rights. */
	private static RegisteredClient machineClient(String clientId, AuthServerProperties.MachineClient machine) {
		if (machine.secret() == null || machine.secret().isBlank()) {
			throw new IllegalStateException("huiju.auth.machine-clients." + clientId + ".secret is not set");
		}
		if (ChannelClient.ofClientId(clientId).isPresent()) {
			throw new IllegalStateException(clientId + " is a channel client and cannot be a machine client");
		}
		RegisteredClient.Builder client = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString())
			.clientId(clientId)
			.clientSecret(machine.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(HuijuClaims.ACCESS_TOKEN_LIFETIME).build());
		(machine.scopes() != null ? machine.scopes() : List.<String>of()).forEach(client::scope);
		return client.build();
	}

	private static RegisteredClient channelClient(String clientId, List<String> redirectUris) {
		// A stable registration id keeps logs comparable between restarts.
		RegisteredClient.Builder client = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)).toString())
			.clientId(clientId)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(HuijuClaims.ACCESS_TOKEN_LIFETIME).build());
		redirectUris.forEach(client::redirectUri);
		return client.build();
	}

}
