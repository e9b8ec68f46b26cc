package dev.huiju.bff.watermark;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One watermark key: an HMAC-SM3 key that signs, and an SM4 key that seals the user reference. Both are
 * derived from one secret, so that one configured value is all a key needs.
 */
final class WatermarkKey {

	/**
	 * A deterministic random bit generator, seeded once when the class loads (at start-up, not on an event
	 * loop): drawing from it reads no file, unlike the default source.
	 */
	private static final SecureRandom RANDOM = seeded();

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final byte[] macKey;

	private final byte[] sealKey;

	WatermarkKey(String base64Secret) {
		byte[] secret = Base64.getDecoder().decode(base64Secret);
		if (secret.length < 32) {
			throw new IllegalArgumentException("a watermark key needs at least 32 bytes");
		}
		this.macKey = sm3("huiju watermark mac", secret);
		this.sealKey = Arrays.copyOf(sm3("huiju watermark seal", secret), 16);
	}

	String sign(String content) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(this.macKey));
		byte[] input = content.getBytes(StandardCharsets.UTF_8);
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** SM4-GCM with a fresh nonce: the same user gives a different reference every time. */
	String seal(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed = gcm(true, nonce, plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
	}

	/** The sealed text, or null when the reference was not sealed with this key or was altered. */
	String open(String reference) {
		try {
			byte[] in = Base64.getUrlDecoder().decode(reference);
			if (in.length <= NONCE_BYTES) {
				return null;
			}
			byte[] plain = gcm(false, Arrays.copyOf(in, NONCE_BYTES), Arrays.copyOfRange(in, NONCE_BYTES, in.length));
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return null;
		}
	}

	private byte[] gcm(boolean encrypt, byte[] nonce, byte[] input) {
		GCMBlockCipher cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(new KeyParameter(this.sealKey), TAG_BITS, nonce));
		byte[] out = new byte[cipher.getOutputSize(input.length)];
		int n = cipher.processBytes(input, 0, input.length, out, 0);
		try {
			n += cipher.doFinal(out, n);
		}
		catch (InvalidCipherTextException ex) {
			throw new IllegalStateException("sealed reference does not verify", ex);
		}
		return Arrays.copyOf(out, n);
	}

	private static SecureRandom seeded() {
		try {
			SecureRandom random = SecureRandom.getInstance("DRBG");
			random.nextBytes(new byte[16]);
			return random;
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sm3(String label, byte[] secret) {
		SM3Digest digest = new SM3Digest();
		byte[] prefix = label.getBytes(StandardCharsets.UTF_8);
		digest.update(prefix, 0, prefix.length);
		digest.update(secret, 0, secret.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

}
