package dev.huiju.bff.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from: the issuer they must name and the JWK set that verifies their signature. Keys
 * are fetched when the first token arrives, so the BFF starts without the authorization server.
 */
@ConfigurationProperties("huiju.security")
public record SecurityProperties(String issuer, String jwkSetUri) {
}
