package dev.huiju.bff.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A steady stream of events is written a linger's worth at a time, in few statements, while an event that comes
 * to a quiet trail is written at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditLingerIntegrationTests {

	private static final Duration LINGER = Duration.ofSeconds(2);

	@TempDir
	static Path files;

	@DynamicPropertySource
	static void trail(DynamicPropertyRegistry registry) {
		registry.add("huiju.audit.spool", () -> files.resolve("audit.spool").toString());
		registry.add("huiju.audit.instance-id", () -> "linger-test");
		registry.add("huiju.audit.linger", LINGER::toString);
	}

	@Autowired
	AuditTrail trail;

	@Autowired
	DatabaseClient db;

	@Autowired
	MeterRegistry meters;

	@Test
	void aSteadyStreamIsWrittenInFewStatementsAndAQuietTrailAtOnce() throws InterruptedException {
		this.trail.offer(event("First"));
		await().atMost(Duration.ofSeconds(10)).until(() -> count() == 1);
		// Quiet for longer than the linger: the next event is not held back.
		Thread.sleep(LINGER.plusMillis(500).toMillis());
		long offered = System.nanoTime();
		this.trail.offer(event("AfterQuiet"));
		await().atMost(LINGER.minusMillis(500)).until(() -> count() == 2);
		assertThat(Duration.ofNanos(System.nanoTime() - offered)).isLessThan(LINGER.minusMillis(500));

		double writesBefore = writes();
		for (int i = 0; i < 40; i++) {
			this.trail.offer(event("Stream" + i));
			Thread.sleep(25);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> count() == 42);
		// 40 events over a second: one statement per linger at most, where writing each as it came made 40.
		assertThat(writes() - writesBefore).isLessThanOrEqualTo(2);
	}

	private double writes() {
		return this.meters.counter("huiju.audit.writes").count();
	}

	private long count() {
		return this.db.sql("SELECT COUNT(*) AS n FROM audit_event WHERE instance_id = 'linger-test'")
			.map(row -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static AuditEvent event(String name) {
		return new AuditEvent(null, OffsetDateTime.now(), "zhang.wei", "127.0.0.1", "WEB_PORTAL", "t-1", name, "query",
				"OK", 1, List.of(), List.of(), List.of(), List.of(), "c-1");
	}

}
