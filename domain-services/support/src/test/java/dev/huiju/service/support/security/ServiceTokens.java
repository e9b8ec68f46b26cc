package dev.huiju.service.support.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Real signed tokens for a service's own tests: a key of the test's, which the service verifies with the
 * same validators as in production (issuer, expiry, audience, client). Import it into a service test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTokens {

	public static final String ISSUER = "http://localhost:9000";

	private static final KeyPair KEYS = generate();

	@Bean
	ReactiveJwtDecoder testJwtDecoder() {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
		decoder.setJwtValidator(ServiceSecurityAutoConfiguration.validator(
				new ServiceSecurityProperties(ISSUER, ISSUER + "/oauth2/jwks", "huiju")));
		return decoder;
	}

	/** A staff member on the web portal, cleared for everything. */
	public static String of(String user) {
		return of(user, "web-portal", "CONFIDENTIAL");
	}

	public static String of(String user, String clientId, String clearance) {
		return of(user, clientId, clearance, List.of("CLERK"));
	}

	public static String of(String user, String clientId, String clearance, List<String> roles) {
		return of(user, clientId, clearance, roles, "city", "CITY");
	}

	/** A person of a region: {@code level} is CITY, DISTRICT or STREET, as the directory's regions. */
	public static String of(String user, String clientId, String clearance, List<String> roles, String region,
			String level) {
		return sign(new JWTClaimsSet.Builder().subject(user)
			.claim("client_id", clientId)
			.claim("clearance", clearance)
			.claim("roles", roles)
			.claim("region", region)
			.claim("region_level", level)
			.claim("terminal_id", "test"));
	}

	/** A machine's client-credentials token: no person, no channel, only these scopes. */
	public static String machine(String clientId, String... scopes) {
		return sign(new JWTClaimsSet.Builder().subject(clientId).claim("client_id", clientId)
			.claim("scope", String.join(" ", scopes)));
	}

	public static String bearer(String user) {
		return "Bearer " + of(user);
	}

	/** A person on the web portal with this clearance. */
	public static String bearer(String user, String clearance) {
		return "Bearer " + of(user, "web-portal", clearance);
	}

	private static String sign(JWTClaimsSet.Builder claims) {
		Instant now = Instant.now();
		JWTClaimsSet set = claims.issuer(ISSUER)
			.audience(List.of("huiju"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
