package dev.huiju.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens the tests sign themselves with the authorization server's own key (the stack hands it the key as a
 * JWK set file), for what no real flow issues: expired tokens, tokens of another audience, people the demo
 * logins do not have. {@link #otherKey} signs with a key nobody trusts.
 */
final class TestTokens {

	private static final RSAKey KEY = generate("e2e-key");

	private static final RSAKey OTHER_KEY = generate("e2e-key");

	private TestTokens() {
	}

	/** Writes the stack's signing key where the authorization server reads it. */
	static Path writeJwkSet(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, new JWKSet(KEY).toString(false));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A staff member's valid token on a channel, with the clearance given, from the stack's issuer. */
	static String person(String user, String clientId, String clearance) {
		return sign(KEY, claims(user, clientId, clearance, List.of("huiju", clientId), Duration.ofMinutes(10)));
	}

	/** A machine's client-credentials token with these scopes (space-separated): no person, no channel. */
	static String machine(String clientId, String scopes) {
		Instant now = Instant.now();
		return sign(KEY, new JWTClaimsSet.Builder().issuer(TestStack.issuer())
			.subject(clientId)
			.audience(List.of("huiju"))
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
			.jwtID(UUID.randomUUID().toString())
			.claim("client_id", clientId)
			.claim("scope", scopes)
			.build());
	}

	/** A leader's token on a channel that expires after {@code lifetime}: for what must end with a token. */
	static String leader(String user, String clientId, Duration lifetime) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder(
				claims(user, clientId, "INTERNAL", List.of("huiju", clientId), lifetime))
			.claim("roles", List.of("LEADER"))
			.build();
		return sign(KEY, claims);
	}

	/** The same, but expired an hour ago (well past any allowed clock skew). */
	static String expired(String user, String clientId, String clearance) {
		return sign(KEY, claims(user, clientId, clearance, List.of("huiju", clientId), Duration.ofHours(-1)));
	}

	/** The same, issued by the right issuer with the right key, for another resource. */
	static String ofAudience(String audience, String user, String clientId, String clearance) {
		return sign(KEY, claims(user, clientId, clearance, List.of(audience), Duration.ofMinutes(10)));
	}

	/** A valid token whose terminal id is {@code terminal}, as a client that forged its sign-in form would get. */
	static String withTerminal(String user, String clientId, String clearance, String terminal) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder(
				claims(user, clientId, clearance, List.of("huiju", clientId), Duration.ofMinutes(10)))
			.claim("terminal_id", terminal)
			.build();
		return sign(KEY, claims);
	}

	/** A valid-looking token signed by a key the authorization server never published, with the same key id. */
	static String otherKey(String user, String clientId, String clearance) {
		return sign(OTHER_KEY, claims(user, clientId, clearance, List.of("huiju", clientId), Duration.ofMinutes(10)));
	}

	private static JWTClaimsSet claims(String user, String clientId, String clearance, List<String> audience,
			Duration lifetime) {
		Instant now = Instant.now();
		Instant expires = now.plus(lifetime);
		Instant issued = lifetime.isNegative() ? expires.minus(Duration.ofHours(1)) : now;
		return new JWTClaimsSet.Builder().issuer(TestStack.issuer())
			.subject(user)
			.audience(audience)
			.issueTime(Date.from(issued))
			.notBeforeTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.jwtID(UUID.randomUUID().toString())
			.claim("client_id", clientId)
			.claim("clearance", clearance)
			.claim("roles", List.of("CLERK", "APPROVER"))
			.claim("region", "city")
			.claim("region_level", "CITY")
			.claim("terminal_id", "e2e")
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}

}
