package dev.huiju.bff.security;

import java.security.SecureRandom;
import java.util.Base64;

import dev.huiju.bff.HuijuBffApplication;
import dev.huiju.bff.watermark.WatermarkProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile starts only on secrets of its own: never on the repository's development key. */
class ProductionSecretsTests {

	private static final String DEVELOPMENT_SECRET = "Owqlr+e0rDlFcPCOS2Edlc/x5+OCK7xEtBve0poHrtQ=";

	@Test
	void theDevelopmentWatermarkSecretIsRefused() {
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + DEVELOPMENT_SECRET).close())
			.hasStackTraceContaining("refuses to start")
			.hasStackTraceContaining("development key");
	}

	@Test
	void theDevelopmentKeyIdIsRefusedWhateverItsSecret() {
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + fresh(), "HUIJU_CACHE_SECRET=" + fresh(),
				"HUIJU_AUDIT_SECRET=" + fresh(), "huiju.watermark.keys.dev-1=" + fresh())
			.close()).hasStackTraceContaining("watermark key dev-1 is a development key");
	}

	@Test
	void theCacheSecretIsRequiredAndNotTheDevelopmentOne() {
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + fresh()).close())
			.hasStackTraceContaining("huiju.clients.cache-secret is missing");
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + fresh(),
				"HUIJU_CACHE_SECRET=3q8NKUb2mJ0rY4Vq9tBz1cXo7WfLhE5sDgP6uAiRkCM=").close())
			.hasStackTraceContaining("huiju.clients.cache-secret is a development key");
	}

	@Test
	void theAuditKeyIsRequiredAndNotTheDevelopmentOne() {
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + fresh(), "HUIJU_CACHE_SECRET=" + fresh()).close())
			.hasStackTraceContaining("audit key production is missing");
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=" + fresh(), "HUIJU_CACHE_SECRET=" + fresh(),
				"HUIJU_AUDIT_SECRET=pL0Gq2v7n8XcR4mT1yZ6sK9wB3eH5jA0uD2fN7iQxVo=").close())
			.hasStackTraceContaining("audit key production is a development key");
	}

	@Test
	void aMissingOrShortSecretIsRefused() {
		assertThatThrownBy(() -> start().close()).hasStackTraceContaining("missing or shorter than 32 bytes");
		assertThatThrownBy(() -> start("HUIJU_WATERMARK_SECRET=c2hvcnQ=").close())
			.hasStackTraceContaining("missing or shorter than 32 bytes");
	}

	@Test
	void aSecretOfItsOwnStartsAndTheDevelopmentKeyIsNotLoaded() {
		try (ConfigurableApplicationContext context = start("HUIJU_WATERMARK_SECRET=" + fresh(),
				"HUIJU_CACHE_SECRET=" + fresh(), "HUIJU_AUDIT_SECRET=" + fresh(),
				"huiju.audit.checkpoints=target/production-test.checkpoints")) {
			WatermarkProperties watermark = context.getBean(WatermarkProperties.class);
			assertThat(watermark.keys()).containsOnlyKeys("production");
			assertThat(watermark.activeKey()).isEqualTo("production");
		}
	}

	@Test
	void withoutTheProductionProfileTheDevelopmentKeyIsThere() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HuijuBffApplication.class)
			.web(WebApplicationType.NONE)
			.run()) {
			assertThat(context.getBean(WatermarkProperties.class).keys()).containsKey("dev-1");
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(HuijuBffApplication.class).profiles("production")
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

	private static String fresh() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}

}
