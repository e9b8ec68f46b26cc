package dev.huiju.clients.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy each instance keeps in front of the store: repeated lookups within {@code near} ask neither the
 * store nor the service, an eviction is seen at once, nothing is answered past its time to live, and the copy
 * stays bounded however many ids pass through it.
 */
class ReferenceCacheTests {

	private final MovableClock clock = new MovableClock();

	private final CountingStore store = new CountingStore(new InProcessCacheStore(this.clock));

	private final AtomicInteger serviceCalls = new AtomicInteger();

	private final ReferenceCache cache = new ReferenceCache(this.store,
			Map.of("people", new ReferenceCache.Policy(Duration.ofMinutes(5), Duration.ofHours(2), Duration.ofSeconds(5))),
			this.clock);

	@Test
	void aSecondLookupWithinNearAsksNeitherTheStoreNorTheService() {
		assertThat(lookup("li.na", "wang.fang")).containsEntry("li.na", new Person("li.na", 1));
		assertThat(this.store.gets.get()).isEqualTo(1);
		assertThat(this.serviceCalls.get()).isEqualTo(1);

		this.clock.now = this.clock.now.plusSeconds(4);
		assertThat(lookup("li.na", "wang.fang")).containsOnlyKeys("li.na", "wang.fang");
		assertThat(this.store.gets.get()).isEqualTo(1);
		assertThat(this.serviceCalls.get()).isEqualTo(1);

		// Past near, the store answers (the entry is still fresh there), and the service is not asked.
		this.clock.now = this.clock.now.plusSeconds(2);
		assertThat(lookup("li.na")).containsEntry("li.na", new Person("li.na", 1));
		assertThat(this.store.gets.get()).isEqualTo(2);
		assertThat(this.serviceCalls.get()).isEqualTo(1);
	}

	@Test
	void onlyTheIdsNotHeldNearGoToTheStore() {
		lookup("li.na");
		lookup("li.na", "chen.jie");
		assertThat(this.store.askedFor).containsExactly(List.of("li.na"), List.of("chen.jie"));
	}

	@Test
	void anEvictionIsSeenAtOnce() {
		assertThat(lookup("li.na")).containsEntry("li.na", new Person("li.na", 1));
		this.cache.evict("people", List.of("li.na")).block();
		assertThat(lookup("li.na")).containsEntry("li.na", new Person("li.na", 2));
		assertThat(this.serviceCalls.get()).isEqualTo(2);
	}

	@Test
	void nothingIsAnsweredNearPastItsTimeToLive() {
		ReferenceCache shortLived = new ReferenceCache(this.store,
				Map.of("people", new ReferenceCache.Policy(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(5))),
				this.clock);
		shortLived.lookup("people", List.of("li.na"), Person.class, this::load).block();
		this.clock.now = this.clock.now.plusMillis(1_500);
		shortLived.lookup("people", List.of("li.na"), Person.class, this::load).block();
		assertThat(this.serviceCalls.get()).isEqualTo(2);
	}

	@Test
	void zeroTurnsTheNearCopyOff() {
		ReferenceCache farOnly = new ReferenceCache(this.store,
				Map.of("people", new ReferenceCache.Policy(Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO)), this.clock);
		farOnly.lookup("people", List.of("li.na"), Person.class, this::load).block();
		farOnly.lookup("people", List.of("li.na"), Person.class, this::load).block();
		assertThat(this.store.gets.get()).isEqualTo(2);
		assertThat(farOnly.nearSize()).isZero();
	}

	@Test
	void theNearCopyNeverHoldsMoreThanItsCapacity() {
		for (int i = 0; i < ReferenceCache.NEAR_CAPACITY + 5_000; i += 500) {
			String[] ids = new String[500];
			for (int j = 0; j < 500; j++) {
				ids[j] = "p" + (i + j);
			}
			lookup(ids);
		}
		assertThat(this.cache.nearSize()).isLessThanOrEqualTo(ReferenceCache.NEAR_CAPACITY);
	}

	private Map<String, Person> lookup(String... ids) {
		return this.cache.lookup("people", List.of(ids), Person.class, this::load).block();
	}

	/** The service: each call answers a new version of every person asked for. */
	private Mono<Map<String, Person>> load(Collection<String> ids) {
		int version = this.serviceCalls.incrementAndGet();
		return Mono.just(ids.stream().collect(Collectors.toMap(id -> id, id -> new Person(id, version))));
	}

	record Person(String id, int version) {
	}

	private static final class CountingStore implements CacheStore {

		private final CacheStore store;

		final AtomicInteger gets = new AtomicInteger();

		final List<List<String>> askedFor = new java.util.concurrent.CopyOnWriteArrayList<>();

		CountingStore(CacheStore store) {
			this.store = store;
		}

		@Override
		public Mono<Map<String, CachedEntry>> get(String name, Collection<String> ids) {
			this.gets.incrementAndGet();
			this.askedFor.add(List.copyOf(ids));
			return this.store.get(name, ids);
		}

		@Override
		public Mono<Void> put(String name, Map<String, CachedEntry> entries, Duration keep) {
			return this.store.put(name, entries, keep);
		}

		@Override
		public Mono<Void> evict(String name, Collection<String> ids) {
			return this.store.evict(name, ids);
		}

	}

}
