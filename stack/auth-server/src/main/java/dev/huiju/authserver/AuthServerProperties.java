package dev.huiju.authserver;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiju.auth.*}: the issuer every token names and the redirect URIs the channel clients may use.
 *
 * @param issuer the issuer URL; one on port 0 (a random port, not known before start-up) is taken from each
 * request instead
 * @param redirectUris where the authorization endpoint may send the code back to
 */
@ConfigurationProperties("huiju.auth")
public record AuthServerProperties(String issuer,
		@DefaultValue({ "http://localhost:3000/callback", "http://127.0.0.1:3000/callback" }) List<String> redirectUris) {
}
