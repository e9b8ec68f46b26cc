package dev.huiju.bff.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A batch larger than one statement takes is still written all or none: its statements share one transaction,
 * so a row the database refuses in the last of them leaves none of the batch behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
// A database of its own: the other audit tests verify every chain of theirs, checkpoints included.
@TestPropertySource(properties = { "huiju.audit.instance-id=store-test",
		"spring.r2dbc.url=r2dbc:h2:mem:///audit-store;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
		"spring.flyway.url=jdbc:h2:mem:audit-store;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" })
class AuditStoreIntegrationTests {

	private static final int ROWS = AuditStore.ROWS_PER_STATEMENT * 2 + 50;

	@Autowired
	AuditStore store;

	@Autowired
	DatabaseClient db;

	@Autowired
	AuditKeys keys;

	@Test
	void aBatchOfSeveralStatementsIsWrittenWhole() {
		this.store.append(rows("whole", ROWS, -1), Duration.ofSeconds(10)).block();
		assertThat(count("whole")).isEqualTo(ROWS);
	}

	@Test
	void aRowRefusedInTheLastStatementLeavesNoneOfTheBatch() {
		assertThatThrownBy(() -> this.store.append(rows("none", ROWS, ROWS - 1), Duration.ofSeconds(10)).block())
			.isNotNull();
		assertThat(count("none")).isZero();
	}

	@Test
	void rowsWithoutCallerOrChannelKeepThemEmptyNextToRowsWithThem() {
		OffsetDateTime at = OffsetDateTime.parse("2026-12-04T08:00:00.123Z");
		AuditRow anonymous = new AuditRow("mixed", 1, "mixed-1", at, null, null, null, null, null,
				"query", "UNAUTHENTICATED", 1, "{}", null, null, null).chainedAfter(AuditRow.GENESIS, this.keys);
		AuditRow known = new AuditRow("mixed", 2, "mixed-2", at, "zhang.wei", "127.0.0.1",
				"WEB_PORTAL", "t-1", "Op", "query", "OK", 1, "{}", null, null, null).chainedAfter(anonymous.hash(), this.keys);
		this.store.append(List.of(anonymous, known), Duration.ofSeconds(10)).block();
		List<AuditRow> stored = this.store.all().filter(row -> row.instanceId().equals("mixed")).collectList().block();
		assertThat(stored).extracting(AuditRow::eventId, AuditRow::userId, AuditRow::channel, AuditRow::operationName)
			.containsExactly(tuple("mixed-1", null, null, null), tuple("mixed-2", "zhang.wei", "WEB_PORTAL", "Op"));
		assertThat(stored).allSatisfy(row -> assertThat(row.expectedHash(this.keys)).isEqualTo(row.hash()));
	}

	/**
	 * A chain of {@code count} rows of the instance {@code instance}, sealed as the trail seals them, the one at
	 * {@code refused} with an id too long for its column.
	 */
	private List<AuditRow> rows(String instance, int count, int refused) {
		List<AuditRow> rows = new ArrayList<>();
		String prev = AuditRow.GENESIS;
		for (int i = 0; i < count; i++) {
			String id = (i == refused) ? "x".repeat(200) : instance + "-" + i;
			AuditRow row = new AuditRow(instance, i + 1, id, OffsetDateTime.now(), "zhang.wei", "127.0.0.1",
					"WEB_PORTAL", "t-1", "Op" + i, "query", "OK", 1, "{}", null, null, null).chainedAfter(prev, this.keys);
			rows.add(row);
			prev = row.hash();
		}
		return rows;
	}

	private long count(String instance) {
		return this.db.sql("SELECT COUNT(*) AS n FROM audit_event WHERE instance_id = :instance")
			.bind("instance", instance)
			.map(row -> row.get("n", Long.class))
			.one()
			.block();
	}

}
