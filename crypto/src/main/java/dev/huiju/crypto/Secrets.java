package dev.huiju.crypto;

import java.util.Base64;

/**
 * The configured secrets every key of huiju is derived from (watermark, audit chain, sealed cache): Base64 of at
 * least {@value #MIN_BYTES} bytes, read one way everywhere.
 */
public final class Secrets {

	public static final int MIN_BYTES = 32;

	private Secrets() {
	}

	/** The secret's bytes; refuses, naming {@code what}, one that is absent, not Base64 or too short. */
	public static byte[] decode(String base64, String what) {
		byte[] secret;
		try {
			secret = (base64 != null) ? Base64.getDecoder().decode(base64.trim()) : new byte[0];
		}
		catch (IllegalArgumentException notBase64) {
			throw new IllegalArgumentException(what + " is not Base64");
		}
		if (secret.length < MIN_BYTES) {
			throw new IllegalArgumentException(what + " needs at least " + MIN_BYTES + " bytes of Base64");
		}
		return secret;
	}

	/** Whether {@link #decode} would take it. */
	public static boolean strongEnough(String base64) {
		try {
			decode(base64, "a secret");
			return true;
		}
		catch (IllegalArgumentException weak) {
			return false;
		}
	}

}
