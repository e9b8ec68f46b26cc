package dev.huiju.service.support.security;

import dev.huiju.access.Audiences;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiju.security.*}: the issuer every token must name, the JWK set that verifies signatures (fetched
 * once and cached; fetched again only for a key id it does not know) and the audience a token must carry.
 */
@ConfigurationProperties("huiju.security")
public record ServiceSecurityProperties(@DefaultValue("http://localhost:9000") String issuer,
		@DefaultValue("http://localhost:9000/oauth2/jwks") String jwkSetUri,
		@DefaultValue(Audiences.HUIJU) String audience) {
}
