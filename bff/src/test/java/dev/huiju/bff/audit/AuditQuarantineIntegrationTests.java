package dev.huiju.bff.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

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
 * An event the database refuses (here an id longer than its column, as any value the database will never take)
 * is set aside with its reason, and the events after it are written: one bad event never stops the trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditQuarantineIntegrationTests {

	@TempDir
	static Path files;

	@DynamicPropertySource
	static void spool(DynamicPropertyRegistry registry) {
		registry.add("huiju.audit.spool", () -> files.resolve("audit.spool").toString());
		registry.add("huiju.audit.instance-id", () -> "quarantine-test");
	}

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	DatabaseClient db;

	@Test
	void aRefusedEventIsQuarantinedAndTheEventsAfterItAreWritten() {
		String poison = "p".repeat(40);
		this.trail.offer(event(poison, "Poison"));
		for (int i = 0; i < 3; i++) {
			this.trail.offer(event(null, "After" + i));
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> names().containsAll(List.of("After0", "After1", "After2")));
		assertThat(names()).doesNotContain("Poison");
		assertThat(results()).contains("QUARANTINED");
		Path quarantine = files.resolve("audit.spool.quarantine");
		assertThat(quarantine).exists();
		String kept = readQuietly(quarantine);
		assertThat(kept).contains(poison).contains("Poison").contains("reason");
		assertThat(files.resolve("audit.spool")).doesNotExist();
		assertThat(this.verifier.verify().block().intact()).isTrue();
	}

	private List<String> names() {
		return this.db.sql("SELECT operation_name FROM audit_event WHERE instance_id = 'quarantine-test'")
			.map(row -> String.valueOf(row.get("operation_name", String.class)))
			.all()
			.collectList()
			.block();
	}

	private List<String> results() {
		return this.db.sql("SELECT result FROM audit_event WHERE instance_id = 'quarantine-test'")
			.map(row -> row.get("result", String.class))
			.all()
			.collectList()
			.block();
	}

	private static AuditEvent event(String id, String name) {
		return new AuditEvent(id, OffsetDateTime.now(), "zhang.wei", "127.0.0.1", "WEB_PORTAL", "t-1", name, "query",
				"OK", 1, List.of(), List.of(), List.of(), List.of(), "c-1");
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
