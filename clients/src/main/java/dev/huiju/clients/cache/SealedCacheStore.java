package dev.huiju.clients.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.huiju.crypto.Keys;
import dev.huiju.crypto.Secrets;
import dev.huiju.crypto.Sm4Gcm;
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

	private final CacheStore store;

	private final Sm4Gcm sm4;

	public SealedCacheStore(CacheStore store, String base64Secret) {
		byte[] secret = Secrets.decode(base64Secret, "huiju.clients.cache-secret");
		this.store = store;
		this.sm4 = new Sm4Gcm(Keys.derive(secret, "huiju cache seal", 16));
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
		return VERSION + Base64.getEncoder()
			.encodeToString(this.sm4.seal(json.getBytes(StandardCharsets.UTF_8), associated(name, id)));
	}

	String open(String name, String id, String stored) {
		byte[] plain = null;
		try {
			plain = stored.startsWith(VERSION)
					? this.sm4.open(Base64.getDecoder().decode(stored.substring(VERSION.length())), associated(name, id))
					: null;
		}
		catch (IllegalArgumentException notBase64) {
			// as if it did not open
		}
		if (plain == null) {
			log.warn("cached {} {} does not open with this key; asking the service", name, id);
			return null;
		}
		return new String(plain, StandardCharsets.UTF_8);
	}

	private static byte[] associated(String name, String id) {
		return (name + "\u0000" + id).getBytes(StandardCharsets.UTF_8);
	}

}
