package dev.huiju.bff.watermark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import dev.huiju.crypto.Secrets;
import dev.huiju.crypto.Sm4Gcm;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One watermark key: an HMAC-SM3 key that signs, and an SM4 key that seals the user reference. Both are
 * derived from one secret, so that one configured value is all a key needs.
 */
final class WatermarkKey {

	private final byte[] macKey;

	private final Sm4Gcm sm4;

	WatermarkKey(String base64Secret) {
		byte[] secret = Secrets.decode(base64Secret, "a watermark key");
		this.macKey = sm3("huiju watermark mac", secret);
		this.sm4 = new Sm4Gcm(Arrays.copyOf(sm3("huiju watermark seal", secret), 16));
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
		byte[] sealed = this.sm4.seal(plain.getBytes(StandardCharsets.UTF_8), null);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
	}

	/** The sealed text, or null when the reference was not sealed with this key or was altered. */
	String open(String reference) {
		try {
			byte[] plain = this.sm4.open(Base64.getUrlDecoder().decode(reference), null);
			return (plain != null) ? new String(plain, StandardCharsets.UTF_8) : null;
		}
		catch (IllegalArgumentException notBase64) {
			return null;
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
