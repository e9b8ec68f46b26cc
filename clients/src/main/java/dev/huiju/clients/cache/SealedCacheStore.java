package dev.huiju.clients.cache;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Seals every cached value before it leaves the process (SM4-GCM, a fresh nonce each time, the entry's name
 * and id bound as associated data, so a value cannot be moved to another key), and opens it on the way back.
 * People's phone and ID numbers are never in clear in Redis. A value that does not open (another key, or
 * altered) is a miss: the service is asked again. The SM4 key is derived by HKDF-SM3 from
 * {@code huiju.clients.cache-secret}.
 */
public class SealedCacheStore implements CacheStore {

	private static final Logger log = LoggerFactory.getLogger(SealedCacheStore.class);

	private static final String VERSION = "s1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Seeded once at start, so drawing nonces reads no file on an event loop. */
	private static final SecureRandom RANDOM = seeded();

	private final CacheStore store;

	private final byte[] key;

	public SealedCacheStore(CacheStore store, String base64Secret) {
		byte[] secret = (base64Secret != null) ? Base64.getDecoder().decode(base64Secret.trim()) : new byte[0];
		if (secret.length < 32) {
			throw new IllegalArgumentException("huiju.clients.cache-secret needs at least 32 bytes of Base64");
		}
		this.store = store;
		this.key = new byte[16];
		HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SM3Digest());
		hkdf.init(new HKDFParameters(secret, null, "huiju cache seal".getBytes(StandardCharsets.UTF_8)));
		hkdf.generateBytes(this.key, 0, this.key.length);
	}

	@Override
	public Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids) {
		return this.store.get(name, ids).map(found -> {
			Map<String, CachedEntry> opened = new LinkedHashMap<>();
			found.forEach((id, entry) -> {
				String json = open(name, id, entry.json());
				if (json != null) {
					opened.put(id, new CachedEntry(json, entry.freshUntil()));
				}
			});
			return opened;
		});
	}

	@Override
	public Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep) {
		Map<String, CachedEntry> sealed = new LinkedHashMap<>();
		entries.forEach((id, entry) -> sealed.put(id, new CachedEntry(seal(name, id, entry.json()), entry.freshUntil())));
		return this.store.put(name, sealed, keep);
	}

	@Override
	public Mono<Void> evict(String name, Collection<String> ids) {
		return this.store.evict(name, ids);
	}

	String seal(String name, String id, String json) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed;
		try {
			sealed = gcm(true, nonce, associated(name, id), json.getBytes(StandardCharsets.UTF_8));
		}
		catch (InvalidCipherTextException cannotHappenWhenSealing) {
			throw new IllegalStateException(cannotHappenWhenSealing);
		}
		byte[] out = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
		return VERSION + Base64.getEncoder().encodeToString(out);
	}

	String open(String name, String id, String stored) {
		try {
			if (!stored.startsWith(VERSION)) {
				return null;
			}
			byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
			if (in.length <= NONCE_BYTES) {
				return null;
			}
			byte[] plain = gcm(false, Arrays.copyOf(in, NONCE_BYTES), associated(name, id),
					Arrays.copyOfRange(in, NONCE_BYTES, in.length));
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | InvalidCipherTextException ex) {
			log.warn("cached {} {} does not open with this key; asking the service", name, id);
			return null;
		}
	}

	private byte[] gcm(boolean encrypt, byte[] nonce, byte[] associated, byte[] input)
			throws InvalidCipherTextException {
		GCMBlockCipher cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(encrypt, new AEADParameters(new KeyParameter(this.key), TAG_BITS, nonce, associated));
		byte[] out = new byte[cipher.getOutputSize(input.length)];
		int n = cipher.processBytes(input, 0, input.length, out, 0);
		n += cipher.doFinal(out, n);
		return Arrays.copyOf(out, n);
	}

	private static byte[] associated(String name, String id) {
		return (name + "\u0000" + id).getBytes(StandardCharsets.UTF_8);
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
