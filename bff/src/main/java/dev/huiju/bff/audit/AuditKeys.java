package dev.huiju.bff.audit;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import dev.huiju.crypto.Secrets;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain: each row's hash is an HMAC-SM3 under the key its row names, so extending or
 * rewriting the chain needs a secret the database does not hold. Keys come from {@code huiju.audit.keys} by id
 * (Base64, at least 32 bytes; the MAC key is derived by HKDF-SM3); new rows use {@code huiju.audit.active-key}.
 * To rotate, add a key and make it active; keep the old one for as long as its rows must verify.
 */
@Component
public class AuditKeys {

	private final String active;

	private final Map<String, byte[]> keys = new HashMap<>();

	public AuditKeys(AuditProperties properties) {
		properties.keys().forEach((id, secret) -> this.keys.put(id, derive(secret)));
		if (!this.keys.containsKey(properties.activeKey())) {
			throw new IllegalArgumentException("huiju.audit.active-key must name one of huiju.audit.keys");
		}
		this.active = properties.activeKey();
	}

	public String active() {
		return this.active;
	}

	/** The hex HMAC-SM3 of the fields, length-prefixed; null when the key is not known here. */
	public String mac(String keyId, String... fields) {
		byte[] key = (keyId != null) ? this.keys.get(keyId) : null;
		if (key == null) {
			return null;
		}
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		for (String field : fields) {
			byte[] bytes = ((field != null) ? field : "\u0000").getBytes(StandardCharsets.UTF_8);
			byte[] length = String.valueOf(bytes.length).concat(":").getBytes(StandardCharsets.UTF_8);
			mac.update(length, 0, length.length);
			mac.update(bytes, 0, bytes.length);
		}
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private static byte[] derive(String base64Secret) {
		byte[] secret = Secrets.decode(base64Secret, "an audit key");
		byte[] key = new byte[32];
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SM3Digest());
		hkdf.init(new HKDFParameters(secret, null, "huiju audit chain".getBytes(StandardCharsets.UTF_8)));
		hkdf.generateBytes(key, 0, key.length);
		return key;
	}

}
