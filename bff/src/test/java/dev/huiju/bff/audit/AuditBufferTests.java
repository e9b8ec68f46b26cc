package dev.huiju.bff.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditBufferTests {

	@Test
	void aFullBufferRefusesAtOnceAndGivesEventsBackInOrder() {
		AuditBuffer buffer = new AuditBuffer(3);
		assertThat(buffer.offer(event("1"))).isTrue();
		assertThat(buffer.offer(event("2"))).isTrue();
		assertThat(buffer.offer(event("3"))).isTrue();
		assertThat(buffer.offer(event("4"))).isFalse();
		assertThat(buffer.remainingCapacity()).isZero();
		List<AuditEvent> taken = new ArrayList<>();
		buffer.drainTo(taken, 2);
		assertThat(taken).extracting(AuditEvent::id).containsExactly("1", "2");
		assertThat(buffer.poll().id()).isEqualTo("3");
		assertThat(buffer.isEmpty()).isTrue();
		assertThat(buffer.poll(10)).isNull();
	}

	@Test
	void aSleepingWriterIsWokenByTheNextOffer() throws Exception {
		AuditBuffer buffer = new AuditBuffer(10);
		ExecutorService producer = Executors.newSingleThreadExecutor();
		try {
			producer.submit(() -> {
				Thread.sleep(200);
				return buffer.offer(event("late"));
			});
			long started = System.nanoTime();
			AuditEvent taken = buffer.poll(10_000);
			assertThat(taken).isNotNull();
			assertThat(taken.id()).isEqualTo("late");
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
		}
		finally {
			producer.shutdownNow();
		}
	}

	@Test
	void manyProducersAtOnceLoseNothingAndDuplicateNothing() throws Exception {
		AuditBuffer buffer = new AuditBuffer(100_000);
		int producers = 8;
		int each = 5_000;
		ExecutorService pool = Executors.newFixedThreadPool(producers);
		CountDownLatch start = new CountDownLatch(1);
		for (int p = 0; p < producers; p++) {
			int from = p * each;
			pool.submit(() -> {
				start.await();
				for (int i = 0; i < each; i++) {
					buffer.offer(event(String.valueOf(from + i)));
				}
				return null;
			});
		}
		start.countDown();
		Set<String> seen = new HashSet<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (seen.size() < producers * each && System.nanoTime() < deadline) {
			AuditEvent event = buffer.poll(100);
			if (event != null) {
				assertThat(seen.add(event.id())).as("taken once: %s", event.id()).isTrue();
			}
		}
		pool.shutdownNow();
		assertThat(seen).hasSize(producers * each);
		assertThat(buffer.isEmpty()).isTrue();
	}

	private static AuditEvent event(String id) {
		return new AuditEvent(id, OffsetDateTime.now(), "u", null, null, null, "Q", "query", "OK", 1, List.of(), List.of(),
				List.of(), List.of(), null);
	}

}
