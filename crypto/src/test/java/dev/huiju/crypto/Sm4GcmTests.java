package dev.huiju.crypto;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cipher kept per thread gives the same answers as a fresh one, after a refusal too. */
class Sm4GcmTests {

	private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private final Sm4Gcm gcm = new Sm4Gcm(KEY);

	@Test
	void sealedMessagesOpenOneAfterAnotherOnOneThread() {
		for (int i = 0; i < 200; i++) {
			byte[] plain = ("message " + i + " " + "x".repeat(i)).getBytes(StandardCharsets.UTF_8);
			byte[] sealed = this.gcm.seal(plain, bytes("people:li.na"));
			assertThat(this.gcm.open(sealed, bytes("people:li.na"))).isEqualTo(plain);
		}
	}

	@Test
	void aRefusedMessageLeavesTheNextOneReadable() {
		byte[] plain = bytes("李娜 13800000000");
		byte[] sealed = this.gcm.seal(plain, bytes("people:li.na"));
		byte[] altered = sealed.clone();
		altered[altered.length - 1] ^= 1;

		assertThat(this.gcm.open(sealed, bytes("people:wang.fang"))).as("other associated data").isNull();
		assertThat(this.gcm.open(altered, bytes("people:li.na"))).as("altered").isNull();
		assertThat(new Sm4Gcm("fedcba9876543210".getBytes(StandardCharsets.US_ASCII)).open(sealed, bytes("people:li.na")))
			.as("another key").isNull();
		assertThat(this.gcm.open(sealed, bytes("people:li.na"))).isEqualTo(plain);
	}

	@Test
	void twoSealsOfOneMessageDiffer() {
		assertThat(this.gcm.seal(bytes("same"), null)).isNotEqualTo(this.gcm.seal(bytes("same"), null));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
