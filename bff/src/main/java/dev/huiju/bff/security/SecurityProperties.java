package dev.huiju.bff.security;

import java.util.List;

import dev.huiju.access.Audiences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from: the issuer they must name, the JWK set that verifies their signature and the
 * audience they must carry (huiju's, by default). Keys are fetched when the first token arrives and cached,
 * so the BFF starts without the authorization server. {@code publishers} are the machine clients that may announce
 * changed indicators ({@code /internal/indicator-changes}).
 */
@ConfigurationProperties("huiju.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, List<String> publishers) {

	public List<String> publishersOrDefault() {
		return (this.publishers != null) ? this.publishers : List.of("bigscreen");
	}

	public String audienceOrDefault() {
		return (this.audience != null && !this.audience.isBlank()) ? this.audience : Audiences.HUIJU;
	}

}
