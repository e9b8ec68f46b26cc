package dev.huiju.crypto;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keys derived from a configured secret, one per purpose, by HKDF-SM3: a secret serves several purposes without
 * one key ever standing in for another. And HMAC-SM3 under such a key.
 */
public final class Keys {

	private Keys() {
	}

	/** {@code length} bytes of key for {@code purpose} (HKDF's info), from {@code secret}. */
	public static byte[] derive(byte[] secret, String purpose, int length) {
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SM3Digest());
		hkdf.init(new HKDFParameters(secret, null, purpose.getBytes(StandardCharsets.UTF_8)));
		byte[] key = new byte[length];
		hkdf.generateBytes(key, 0, length);
		return key;
	}

	/** HMAC-SM3 of {@code message} under {@code key}: 32 bytes. */
	public static byte[] hmacSm3(byte[] key, byte[] message) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(message, 0, message.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

}
