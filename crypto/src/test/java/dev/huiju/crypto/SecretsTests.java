package dev.huiju.crypto;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTests {

	private static String bytes(int n) {
		return Base64.getEncoder().encodeToString(new byte[n]);
	}

	@Test
	void aSecretIsBase64OfAtLeastThirtyTwoBytes() {
		assertThat(Secrets.decode(" " + bytes(32) + "\n", "a key")).hasSize(32);
		assertThat(Secrets.strongEnough(bytes(48))).isTrue();
		assertThatThrownBy(() -> Secrets.decode(bytes(31), "the cache secret"))
			.hasMessage("the cache secret needs at least 32 bytes of Base64");
		assertThatThrownBy(() -> Secrets.decode("not base64!", "an audit key")).hasMessage("an audit key is not Base64");
		assertThatThrownBy(() -> Secrets.decode(null, "a watermark key")).hasMessageContaining("a watermark key");
		assertThat(Secrets.strongEnough(null)).isFalse();
		assertThat(Secrets.strongEnough("")).isFalse();
	}

}
