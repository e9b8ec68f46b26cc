package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessCacheStoreTests {

	@Test
	void entriesThatHaveNotExpiredStillNeverExceedTheCapacity() {
		InProcessCacheStore store = new InProcessCacheStore(Clock.systemUTC(), 1_000);
		for (int i = 0; i < 5_000; i++) {
			store.put("people", Map.of("p" + i, new CacheStore.CachedEntry("{}", 0)), Duration.ofDays(1)).block();
		}
		assertThat(store.size()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void anEntryIsGoneOnceItMayNoLongerBeServed() {
		MovableClock clock = new MovableClock();
		InProcessCacheStore store = new InProcessCacheStore(clock, 10);
		store.put("people", Map.of("li.na", new CacheStore.CachedEntry("{}", 0)), Duration.ofMinutes(5)).block();
		assertThat(store.get("people", List.of("li.na")).block()).containsKey("li.na");
		clock.now = clock.now.plus(Duration.ofMinutes(6));
		assertThat(store.get("people", List.of("li.na")).block()).isEmpty();
	}

}
