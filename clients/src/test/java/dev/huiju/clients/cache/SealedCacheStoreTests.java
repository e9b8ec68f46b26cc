package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealedCacheStoreTests {

	private static final String SECRET = "3q8NKUb2mJ0rY4Vq9tBz1cXo7WfLhE5sDgP6uAiRkCM=";

	private static final String OTHER = "Owqlr+e0rDlFcPCOS2Edlc/x5+OCK7xEtBve0poHrtQ=";

	private final InProcessCacheStore inside = new InProcessCacheStore(Clock.systemUTC());

	@Test
	void whatLeavesTheProcessIsSealedAndComesBackOpen() {
		SealedCacheStore sealed = new SealedCacheStore(this.inside, SECRET);
		String json = "{\"id\":\"li.na\",\"phone\":\"13800002001\"}";
		sealed.put("people", Map.of("li.na", new CacheStore.CachedEntry(json, 42)), Duration.ofMinutes(1)).block();

		CacheStore.CachedEntry stored = this.inside.get("people", List.of("li.na")).block().get("li.na");
		assertThat(stored.json()).startsWith("s1:").doesNotContain("13800002001").doesNotContain("li.na");
		assertThat(sealed.get("people", List.of("li.na")).block().get("li.na"))
			.isEqualTo(new CacheStore.CachedEntry(json, 42));
	}

	@Test
	void aValueSealedWithAnotherKeyOrMovedToAnotherIdIsAMiss() {
		new SealedCacheStore(this.inside, OTHER)
			.put("people", Map.of("li.na", new CacheStore.CachedEntry("{}", 1)), Duration.ofMinutes(1))
			.block();
		SealedCacheStore sealed = new SealedCacheStore(this.inside, SECRET);
		assertThat(sealed.get("people", List.of("li.na")).block()).isEmpty();

		String forLiNa = sealed.seal("people", "li.na", "{\"phone\":\"1\"}");
		assertThat(sealed.open("people", "zhang.wei", forLiNa)).isNull();
		assertThat(sealed.open("people", "li.na", forLiNa)).isEqualTo("{\"phone\":\"1\"}");
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SealedCacheStore(this.inside, "c2hvcnQ="));
	}

}
