package dev.huiju.authserver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiju.auth.*}: the issuer every token names, the redirect URIs the channel clients may use, the
 * signing key and the machine clients.
 *
 * @param issuer the issuer URL; one on port 0 (a random port, not known before start-up) is taken from each
 * request instead
 * @param redirectUris where the authorization endpoint may send the code back to
 * @param jwkSetFile a JWK set with the private signing key; without it a key is made at start-up
 * @param machineClients the clients that act for no person (client credentials), by client id
 */
@ConfigurationProperties("huiju.auth")
public record AuthServerProperties(String issuer,
		@DefaultValue({ "http://localhost:3000/callback", "http://127.0.0.1:3000/callback" }) List<String> redirectUris,
		Path jwkSetFile, Map<String, MachineClient> machineClients) {

	public Map<String, MachineClient> machineClientsOrNone() {
		return (this.machineClients != null) ? this.machineClients : Map.of();
	}

	/**
	 * A service's own identity.
	 *
	 * @param secret its client secret, in Spring Security's encoded form ({@code {bcrypt}…}, {@code {noop}…})
	 * @param scopes the narrow scopes it may ask for, such as {@code statistics:read}
	 */
	public record MachineClient(String secret, List<String> scopes) {
	}

}
