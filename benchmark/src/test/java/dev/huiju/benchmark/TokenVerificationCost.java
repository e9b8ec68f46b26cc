package dev.huiju.benchmark;

import java.time.Duration;
import java.util.List;

import dev.huiju.service.support.security.ServiceSecurityAutoConfiguration;
import dev.huiju.service.support.security.ServiceSecurityProperties;

import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * What verifying a token costs a domain service per request: the decoder and validators every service uses
 * (signature with the cached JWK set, issuer, expiry, audience, client), on one thread, after a warm-up.
 * Prints {@code tokenVerifyMicros=…} for the results file. The JWK set is fetched once, on the first token:
 * the authorization server is not called per request.
 */
public final class TokenVerificationCost {

	private TokenVerificationCost() {
	}

	public static void main(String[] args) {
		List<String> tokens = List.of(Stack.token("li.na", "web-portal"), Stack.token("zhang.wei", "mobile-app"),
				Stack.token("chen.jie", "web-portal"));
		ServiceSecurityProperties properties = new ServiceSecurityProperties(Stack.AUTH, Stack.AUTH + "/oauth2/jwks",
				"huiju");
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		decoder.setJwtValidator(ServiceSecurityAutoConfiguration.validator(properties));
		verify(decoder, tokens, 20_000);
		int rounds = 50_000;
		long cpuBefore = cpuNanos();
		long before = System.nanoTime();
		verify(decoder, tokens, rounds);
		long wall = System.nanoTime() - before;
		long cpu = cpuNanos() - cpuBefore;
		System.out.printf("tokenVerifyMicros=%.1f%n", wall / 1000.0 / rounds);
		System.out.printf("tokenVerifyCpuMicros=%.1f%n", cpu / 1000.0 / rounds);
	}

	private static void verify(ReactiveJwtDecoder decoder, List<String> tokens, int rounds) {
		for (int i = 0; i < rounds; i++) {
			decoder.decode(tokens.get(i % tokens.size())).block(Duration.ofSeconds(10));
		}
	}

	private static long cpuNanos() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

}
