package dev.huiju.bff.security;

import dev.huiju.access.Audiences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from: the issuer they must name, the JWK set that verifies their signature and the
 * audience they must carry (huiju's, by default). Keys are fetched when the first token arrives and cached,
 * so the BFF starts without the authorization server.
 */
@ConfigurationProperties("huiju.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience) {

	public String audienceOrDefault() {
		return (this.audience != null && !this.audience.isBlank()) ? this.audience : Audiences.HUIJU;
	}

}
