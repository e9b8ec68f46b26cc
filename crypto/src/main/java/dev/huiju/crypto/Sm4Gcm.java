package dev.huiju.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4-GCM with a fresh 12-byte nonce for every seal, written in front of the ciphertext and its 128-bit tag.
 * Associated data, when given, is bound to the sealed bytes without being part of them.
 */
public final class Sm4Gcm {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Seeded once when the class loads (at start-up, not on an event loop): drawing nonces reads no file. */
	private static final SecureRandom RANDOM = seeded();

	private final byte[] key;

	/**
	 * One cipher per thread, initialised again for each message: its GHASH tables (4 KB) depend on the key alone
	 * and are kept from one message to the next instead of being computed for each.
	 */
	private final ThreadLocal<GCMModeCipher> ciphers = ThreadLocal
		.withInitial(() -> GCMBlockCipher.newInstance(new SM4Engine()));

	/** @param key 16 bytes */
	public Sm4Gcm(byte[] key) {
		if (key.length != 16) {
			throw new IllegalArgumentException("an SM4 key has 16 bytes");
		}
		this.key = key.clone();
	}

	/** nonce ‖ ciphertext ‖ tag. */
	public byte[] seal(byte[] plain, byte[] associated) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed;
		try {
			sealed = gcm(true, nonce, associated, plain);
		}
		catch (InvalidCipherTextException cannotHappenWhenSealing) {
			throw new IllegalStateException(cannotHappenWhenSealing);
		}
		byte[] out = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
		return out;
	}

	/** The plain bytes, or null when {@code in} was not sealed with this key and these associated data, or was altered. */
	public byte[] open(byte[] in, byte[] associated) {
		if (in.length <= NONCE_BYTES) {
			return null;
		}
		try {
			return gcm(false, Arrays.copyOf(in, NONCE_BYTES), associated, Arrays.copyOfRange(in, NONCE_BYTES, in.length));
		}
		catch (InvalidCipherTextException | IllegalStateException ex) {
			return null;
		}
	}

	private byte[] gcm(boolean encrypt, byte[] nonce, byte[] associated, byte[] input) throws InvalidCipherTextException {
		GCMModeCipher cipher = this.ciphers.get();
		cipher.init(encrypt, new AEADParameters(new KeyParameter(this.key), TAG_BITS, nonce, associated));
		byte[] out = new byte[cipher.getOutputSize(input.length)];
		int n = cipher.processBytes(input, 0, input.length, out, 0);
		n += cipher.doFinal(out, n);
		return Arrays.copyOf(out, n);
	}

	private static SecureRandom seeded() {
		try {
			SecureRandom random = SecureRandom.getInstance("DRBG");
			random.nextBytes(new byte[16]);
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
