package dev.huiju.stack;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** No valid token, no data: every refusal is a GraphQL-shaped UNAUTHENTICATED error. */
class AuthenticationIntegrationTests {

	private static final String QUERY = "{ me { roles } documents(first: 1) { edges { node { id } } } }";

	private final GraphQl gql = TestStack.h2().graphQl();

	@Test
	void aRequestWithoutATokenIsUnauthenticatedAndGetsNoData() {
		var answer = this.gql.exchange(null, QUERY, Map.of()).expectStatus().isUnauthorized();
		String correlationId = answer.returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
		answer.expectBody()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].extensions.correlationId").isEqualTo(correlationId)
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void aTokenSignedByAnotherKeyIsUnauthenticated() throws Exception {
		String genuine = this.gql.token("chen.jie");
		String[] parts = genuine.split("\\.");
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var signer = Signature.getInstance("SHA256withRSA");
		signer.initSign(generator.generateKeyPair().getPrivate());
		signer.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());

		this.gql.exchange(forged, QUERY, Map.of())
			.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void aTamperedClaimBreaksTheSignature() {
		String genuine = this.gql.token("zhang.wei");
		String[] parts = genuine.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"INTERNAL\"", "\"CONFIDENTIAL\"");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		this.gql.exchange(tampered, QUERY, Map.of())
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void theChannelComesFromTheTokensClientNotFromAHeader() {
		// The mini-program runs only manifest operations; this is one of them, sent as its front end sends it.
		var answer = this.gql.exchangeWithHeader(this.gql.token("ma.xiaoli", "mini-program"),
				"query MiniProgramMe { me { clearance channel terminalId person { name } } }", "X-Channel", "WEB_PORTAL");
		org.assertj.core.api.Assertions.assertThat(answer.read("$.data.me.channel", String.class)).isEqualTo("MINI_PROGRAM");
		org.assertj.core.api.Assertions.assertThat(answer.read("$.data.me.terminalId", String.class))
			.isEqualTo("e2e-mini-program");
	}

}
