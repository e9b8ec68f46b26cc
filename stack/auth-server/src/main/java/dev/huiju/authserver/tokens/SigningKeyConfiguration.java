package dev.huiju.authserver.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.huiju.authserver.AuthServerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The RSA key that signs every token: read from {@code huiju.auth.jwk-set-file} when it names a file (so
 * tokens outlive a restart, and a test stack can sign tokens of its own with the same key), else made at
 * start-up and kept out of the repository.
 */
@Configuration(proxyBeanMethods = false)
public class SigningKeyConfiguration {

	@Bean
	JWKSource<SecurityContext> jwkSource(AuthServerProperties properties) throws NoSuchAlgorithmException {
		if (properties.jwkSetFile() != null && Files.isRegularFile(properties.jwkSetFile())) {
			return new ImmutableJWKSet<>(load(properties.jwkSetFile()));
		}
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	private static JWKSet load(Path file) {
		try {
			return JWKSet.load(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("huiju.auth.jwk-set-file is not a JWK set: " + file, ex);
		}
	}

	/** Shared by the authorization server and {@code /dev/token}, so both sign with the published key. */
	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	/** The OIDC user info endpoint reads its own access tokens with this. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return NimbusJwtDecoder.withJwkSource(jwkSource).build();
	}

}
