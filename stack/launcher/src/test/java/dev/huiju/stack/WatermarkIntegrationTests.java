package dev.huiju.stack;

import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response says who is looking and on which terminal; document previews carry the same watermark;
 * the security administrator traces a watermark back to its user and terminal, and a forged one fails.
 */
class WatermarkIntegrationTests {

	private static final String VERIFY = """
			query($input: WatermarkInput!) { verifyWatermark(input: $input) {
			  authentic expired reason userId terminalId keyId user { name } } }
			""";

	private final TestStack stack = TestStack.h2();

	@Test
	void everyResponseCarriesAWatermarkThatPreviewsShare() {
		GraphQl gql = this.stack.graphQl();
		DocumentContext answer = gql.run(gql.token("li.na", "mobile-app"),
				"{ documents(first: 2) { edges { node { preview { excerpt watermark { text signature } } } } } }");
		Map<String, Object> watermark = answer.read("$.extensions.watermark");
		assertThat((String) watermark.get("text")).startsWith("李娜 A2**1 e2e-mobile-app ");
		assertThat(watermark).containsKeys("userRef", "terminalId", "issuedAt", "expiresAt", "keyId", "signature");
		assertThat(watermark.get("userRef").toString()).doesNotContain("li.na");
		assertThat(answer.read("$.data.documents.edges[*].node.preview.watermark.signature", java.util.List.class))
			.hasSize(2)
			.containsOnly(watermark.get("signature"));
		assertThat(answer.read("$.data.documents.edges[0].node.preview.excerpt", String.class)).isNotNull();

		DocumentContext denied = gql.run(gql.token("zhang.wei"), "{ verifyWatermark(input: {text: \"x\", userRef: \"x\","
				+ " terminalId: \"x\", issuedAt: \"2026-01-01T00:00:00Z\", expiresAt: \"2026-01-01T00:00:00Z\","
				+ " keyId: \"x\", signature: \"x\"}) { authentic } }");
		assertThat(denied.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERMISSION_DENIED");
		assertThat(denied.read("$.extensions.watermark.text", String.class)).startsWith("张伟 ");
	}

	@Test
	void theSecurityAdministratorTracesAWatermarkAndSpotsAForgery() {
		GraphQl gql = this.stack.graphQl();
		Map<String, Object> watermark = gql.run(gql.token("zhang.wei", "mobile-app"), "{ me { clearance } }")
			.read("$.extensions.watermark");
		String admin = gql.token("admin.sec");

		DocumentContext traced = gql.run(admin, VERIFY, Map.of("input", watermark));
		assertThat(traced.read("$.data.verifyWatermark.authentic", Boolean.class)).isTrue();
		assertThat(traced.read("$.data.verifyWatermark.expired", Boolean.class)).isFalse();
		assertThat(traced.read("$.data.verifyWatermark.userId", String.class)).isEqualTo("zhang.wei");
		assertThat(traced.read("$.data.verifyWatermark.user.name", String.class)).isEqualTo("张伟");
		assertThat(traced.read("$.data.verifyWatermark.terminalId", String.class)).isEqualTo("e2e-mobile-app");

		Map<String, Object> forged = new HashMap<>(watermark);
		forged.put("terminalId", "e2e-web-portal");
		DocumentContext refused = gql.run(admin, VERIFY, Map.of("input", forged));
		assertThat(refused.read("$.data.verifyWatermark.authentic", Boolean.class)).isFalse();
		assertThat(refused.read("$.data.verifyWatermark.userId", String.class)).isNull();
		assertThat(refused.read("$.data.verifyWatermark.reason", String.class)).isEqualTo("signature does not match");
	}

}
