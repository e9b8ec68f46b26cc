package dev.huiju.stack;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail through the PostgreSQL stack: every operation and refused token is an event with who,
 * where, what and how it ended; only the audit administrator reads it, and reading is audited; an edited or
 * deleted row is named by the verifier; events made while the database is away are all written, in order.
 */
class AuditTrailIntegrationTests {

	private static final String EVENTS = """
			query AuditRead($f: AuditFilter) { auditEvents(filter: $f, first: 100) { edges { node {
			  instanceId seq userId clientAddress channel terminalId operationName operationType result durationMs
			  fields objects denied errors correlationId } } } }
			""";

	private static final String CHECK = "query AuditCheck { auditTrailCheck { intact rowsChecked firstBroken { instanceId seq problem } } }";

	private final TestStack stack = TestStack.postgres();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void everyOperationIsAnEventThatOnlyTheAuditAdministratorReads() {
		String name = "Audited" + System.nanoTime();
		String clerk = this.gql.token("zhang.wei", "mobile-app");
		this.gql.run(clerk, "query " + name + " { me { clearance person { name } } verifyWatermark(input: {text: \"x\","
				+ " userRef: \"x\", terminalId: \"x\", issuedAt: \"2026-01-01T00:00:00Z\", expiresAt: \"2026-01-01T00:00:00Z\","
				+ " keyId: \"x\", signature: \"x\"}) { authentic } }");
		String auditor = this.gql.token("admin.audit");

		Map<String, Object> event = awaitEvent(auditor, Map.of("userId", "zhang.wei", "operationName", name));
		assertThat(event).containsEntry("channel", "MOBILE_APP")
			.containsEntry("terminalId", "e2e-mobile-app")
			.containsEntry("operationType", "query")
			.containsEntry("result", "DENIED");
		assertThat(event.get("clientAddress")).isNotNull();
		assertThat(strings(event.get("fields"))).contains("Query.me", "Viewer.person", "Query.verifyWatermark");
		assertThat(strings(event.get("objects"))).contains("Person:zhang.wei");
		assertThat(strings(event.get("denied"))).containsExactly("verifyWatermark");

		String title = "审计-" + System.nanoTime();
		DocumentContext drafted = this.gql.run(clerk, "mutation Draft($t: String!) { draftDocument(input: { kind: MEMO,"
				+ " title: $t, classification: INTERNAL }) { document { id } } }", Map.of("t", title));
		String id = drafted.read("$.data.draftDocument.document.id");
		Map<String, Object> change = awaitEvent(auditor, Map.of("object", "Document:" + id));
		assertThat(change).containsEntry("operationType", "mutation").containsEntry("result", "OK")
			.containsEntry("operationName", "Draft");

		DocumentContext notForAClerk = this.gql.run(this.gql.token("zhang.wei"), EVENTS, Map.of());
		assertThat(notForAClerk.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERMISSION_DENIED");
		Map<String, Object> readingIsAudited = awaitEvent(auditor, Map.of("userId", "admin.audit", "operationName", "AuditRead"));
		assertThat(strings(readingIsAudited.get("fields"))).contains("Query.auditEvents");

		Map<String, Object> login = awaitEvent(auditor, Map.of("userId", "zhang.wei", "operationName", "mobile-app"));
		assertThat(login).containsEntry("operationType", "login").containsEntry("terminalId", "e2e-mobile-app");

		this.gql.exchange("not-a-token", "{ me { clearance } }", Map.of()).expectStatus().isUnauthorized();
		Map<String, Object> token = awaitEvent(auditor, Map.of("operationName", "/graphql"));
		assertThat(token).containsEntry("operationType", "token").containsEntry("result", "UNAUTHENTICATED");
	}

	@Test
	void aRefusalInAPayloadIsAuditedAsTheClientSawIt() {
		String name = "Escalate" + System.nanoTime();
		String clerk = this.gql.token("zhang.wei");
		DocumentContext refused = this.gql.run(clerk, "mutation " + name + " { draftDocument(input: { kind: MEMO,"
				+ " title: \"上调密级\", classification: SECRET }) { document { id } errors { code } } }");
		assertThat(refused.read("$.data.draftDocument.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");
		Map<String, Object> event = awaitEvent(this.gql.token("admin.audit"), Map.of("userId", "zhang.wei", "operationName", name));
		assertThat(event).containsEntry("operationType", "mutation").containsEntry("result", "DENIED");
		assertThat(strings(event.get("errors"))).containsExactly("PERMISSION_DENIED");
		assertThat(strings(event.get("denied"))).containsExactly("draftDocument");

		String bad = "BadRoute" + System.nanoTime();
		this.gql.run(clerk, "mutation " + bad + " { submitDocument(input: { id: \"1\", steps: [{ kind: SIGN_OFF,"
				+ " assigneeId: \"nobody\" }] }) { errors { code } } }");
		Map<String, Object> refusedInput = awaitEvent(this.gql.token("admin.audit"), Map.of("userId", "zhang.wei", "operationName", bad));
		assertThat(refusedInput.get("result")).isIn("REFUSED", "DENIED");
	}

	@Test
	void theVerifierNamesAnEditedRowAndADeletedOne() throws Exception {
		String auditor = this.gql.token("admin.audit");
		for (int i = 0; i < 3; i++) {
			this.gql.run(this.gql.token("li.na"), "query Filler" + i + " { me { clearance } }");
		}
		awaitEvent(auditor, Map.of("userId", "li.na", "operationName", "Filler2"));
		assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();

		try (Connection db = database()) {
			long seq = seqOf(db, "Filler1");
			String original = column(db, seq, "user_id");
			update(db, "UPDATE audit_event SET user_id = 'someone.else' WHERE instance_id = 'e2e-postgres' AND seq = " + seq);
			DocumentContext edited = this.gql.run(auditor, CHECK);
			assertThat(edited.read("$.data.auditTrailCheck.intact", Boolean.class)).isFalse();
			assertThat(edited.read("$.data.auditTrailCheck.firstBroken.seq", Long.class)).isEqualTo(seq);
			assertThat(edited.read("$.data.auditTrailCheck.firstBroken.problem", String.class)).contains("altered");
			update(db, "UPDATE audit_event SET user_id = '" + original + "' WHERE instance_id = 'e2e-postgres' AND seq = " + seq);
			assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();

			update(db, "CREATE TEMP TABLE kept AS SELECT * FROM audit_event WHERE instance_id = 'e2e-postgres' AND seq = " + seq);
			update(db, "DELETE FROM audit_event WHERE instance_id = 'e2e-postgres' AND seq = " + seq);
			DocumentContext deleted = this.gql.run(auditor, CHECK);
			assertThat(deleted.read("$.data.auditTrailCheck.firstBroken.seq", Long.class)).isEqualTo(seq + 1);
			assertThat(deleted.read("$.data.auditTrailCheck.firstBroken.problem", String.class)).contains("deleted");
			update(db, "INSERT INTO audit_event SELECT * FROM kept");
			assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();
		}
	}

	@Test
	void eventsMadeWhileTheDatabaseIsAwayAreAllWrittenInOrderWhenItReturns() throws Exception {
		String run = "Outage" + System.nanoTime() % 100000 + "N";
		String clerk = this.gql.token("liu.yang");
		try {
			for (int i = 0; i < 30; i++) {
				if (i == 10) {
					TestStack.auditDatabase.cut();
				}
				if (i == 10 || i == 20) {
					String title = "断库-" + run + i;
					DocumentContext drafted = this.gql.run(clerk, "mutation($t: String!) { draftDocument(input: { kind: MEMO,"
							+ " title: $t, classification: INTERNAL }) { document { id } } }", Map.of("t", title));
					assertThat(drafted.read("$.data.draftDocument.document.id", String.class))
						.as("changes go on while the spool keeps their events")
						.isNotNull();
				}
				DocumentContext answer = this.gql.run(clerk, "query " + run + i + " { me { clearance } }");
				assertThat(answer.read("$.data.me.clearance", String.class)).isEqualTo("INTERNAL");
			}
		}
		finally {
			TestStack.auditDatabase.restore();
		}
		String auditor = this.gql.token("admin.audit");
		awaitEvent(auditor, Map.of("userId", "liu.yang", "operationName", run + 29));
		try (Connection db = database();
				PreparedStatement query = db.prepareStatement("SELECT operation_name, seq FROM audit_event"
						+ " WHERE instance_id = 'e2e-postgres' AND operation_name LIKE ? ORDER BY seq")) {
			query.setString(1, run + "%");
			List<String> names = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			List<String> expected = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				expected.add(run + i);
			}
			assertThat(names).containsExactlyElementsOf(expected);
		}
		assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();
	}

	@Test
	void anOperationNameTooLongForItsColumnIsCutVisiblyAndTheTrailGoesOn() throws Exception {
		String clerk = this.gql.token("zhang.wei");
		String run = String.valueOf(System.nanoTime() % 100000);
		String longName = "Q" + run + "x".repeat(250);
		this.gql.run(clerk, "query " + longName + " { me { channel } }");
		String after = "AfterLong" + run;
		this.gql.run(clerk, "query " + after + " { me { channel } }");
		String auditor = this.gql.token("admin.audit");
		awaitEvent(auditor, Map.of("userId", "zhang.wei", "operationName", after));
		try (Connection db = database()) {
			long seq = seqOf(db, after);
			String stored = column(db, seq - 1, "operation_name");
			assertThat(stored).startsWith("Q" + run + "xxx").hasSize(200).matches(".*…\\[\\+\\d+\\]");
		}
		for (int i = 0; i < 3; i++) {
			this.gql.run(clerk, "query Later" + run + "N" + i + " { me { channel } }");
		}
		awaitEvent(auditor, Map.of("userId", "zhang.wei", "operationName", "Later" + run + "N2"));
		assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();
	}

	@Test
	void aChainRewrittenWithoutTheKeyIsFound() throws Exception {
		String auditor = this.gql.token("admin.audit");
		String run = "Rewrite" + System.nanoTime() % 100000 + "N";
		for (int i = 0; i < 3; i++) {
			this.gql.run(this.gql.token("li.na"), "query " + run + i + " { me { clearance } }");
		}
		awaitEvent(auditor, Map.of("userId", "li.na", "operationName", run + "2"));
		try (Connection db = database()) {
			long seq = seqOf(db, run + "0");
			update(db, "CREATE TEMP TABLE original AS SELECT * FROM audit_event WHERE instance_id = 'e2e-postgres' AND seq >= " + seq);
			try {
				// What a database administrator without the key can do: change a row and reseal every row after it.
				update(db, "UPDATE audit_event SET user_id = 'someone.else' WHERE instance_id = 'e2e-postgres' AND seq = " + seq);
				resealWithoutTheKey(db, seq);
				DocumentContext rewritten = this.gql.run(auditor, CHECK);
				assertThat(rewritten.read("$.data.auditTrailCheck.intact", Boolean.class)).isFalse();
				assertThat(rewritten.read("$.data.auditTrailCheck.firstBroken.seq", Long.class)).isEqualTo(seq);
				assertThat(rewritten.read("$.data.auditTrailCheck.firstBroken.problem", String.class)).contains("altered");
			}
			finally {
				update(db, "UPDATE audit_event a SET user_id = o.user_id, prev_hash = o.prev_hash, hash = o.hash"
						+ " FROM original o WHERE a.instance_id = o.instance_id AND a.seq = o.seq");
			}
			assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();
		}
	}

	@Test
	void deletingTheNewestRowsOrAllOfThemIsFoundByTheCheckpoint() throws Exception {
		String auditor = this.gql.token("admin.audit");
		String run = "Newest" + System.nanoTime() % 100000 + "N";
		for (int i = 0; i < 3; i++) {
			this.gql.run(this.gql.token("li.na"), "query " + run + i + " { me { clearance } }");
		}
		awaitEvent(auditor, Map.of("userId", "li.na", "operationName", run + "2"));
		try (Connection db = database()) {
			long last = seqOf(db, run + "2");
			awaitCheckpointAtLeast(last);
			// Let the events of the reads above reach the table (and a checkpoint) before rows are taken away.
			Thread.sleep(1500);
			long first = seqOf(db, run + "0");
			for (String cut : List.of("seq >= " + first, "seq >= 1")) {
				// The events of the checks before are written within a few hundred milliseconds; then nothing comes.
				Thread.sleep(1000);
				update(db, "CREATE TEMP TABLE taken AS SELECT * FROM audit_event WHERE instance_id = 'e2e-postgres' AND " + cut);
				update(db, "DELETE FROM audit_event WHERE instance_id = 'e2e-postgres' AND " + cut);
				try {
					DocumentContext deleted = this.gql.run(auditor, CHECK);
					assertThat(deleted.read("$.data.auditTrailCheck.intact", Boolean.class)).as(cut).isFalse();
					assertThat(deleted.read("$.data.auditTrailCheck.firstBroken.problem", String.class)).as(cut)
						.contains("checkpoint")
						.contains("deleted");
				}
				finally {
					update(db, "INSERT INTO audit_event SELECT * FROM taken");
					update(db, "DROP TABLE taken");
				}
				assertThat(this.gql.run(auditor, CHECK).read("$.data.auditTrailCheck.intact", Boolean.class)).as(cut)
					.isTrue();
			}
		}
	}

	/** Reseals every row from {@code seq} on with plain SM3, chaining each to the one before, as without a key. */
	private static void resealWithoutTheKey(Connection db, long seq) throws SQLException {
		String prev = column(db, seq, "prev_hash");
		List<Object[]> rows = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet found = statement.executeQuery("SELECT instance_id, seq, event_id, occurred_at, user_id,"
						+ " client_address, channel, terminal_id, operation_name, operation_type, result, duration_ms, detail"
						+ " FROM audit_event WHERE instance_id = 'e2e-postgres' AND seq >= " + seq + " ORDER BY seq")) {
			while (found.next()) {
				Object[] row = new Object[13];
				for (int i = 0; i < 13; i++) {
					row[i] = (i == 3) ? found.getObject(4, java.time.OffsetDateTime.class).toInstant().toString()
							: found.getString(i + 1);
				}
				rows.add(row);
			}
		}
		for (Object[] row : rows) {
			org.bouncycastle.crypto.digests.SM3Digest digest = new org.bouncycastle.crypto.digests.SM3Digest();
			List<Object> fields = new ArrayList<>(List.of(row));
			fields.add(prev);
			for (Object field : fields) {
				byte[] bytes = ((field != null) ? field.toString() : "\u0000").getBytes(StandardCharsets.UTF_8);
				byte[] length = (bytes.length + ":").getBytes(StandardCharsets.UTF_8);
				digest.update(length, 0, length.length);
				digest.update(bytes, 0, bytes.length);
			}
			byte[] out = new byte[digest.getDigestSize()];
			digest.doFinal(out, 0);
			String hash = java.util.HexFormat.of().formatHex(out);
			update(db, "UPDATE audit_event SET prev_hash = '" + prev + "', hash = '" + hash
					+ "' WHERE instance_id = 'e2e-postgres' AND seq = " + row[1]);
			prev = hash;
		}
	}

	private static void awaitCheckpointAtLeast(long seq) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			java.nio.file.Path file = TestStack.checkpoints("postgres");
			if (java.nio.file.Files.exists(file)) {
				List<String> lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
				if (!lines.isEmpty() && Long.parseLong(lines.get(lines.size() - 1).split(" ")[1]) >= seq) {
					return;
				}
			}
			assertThat(System.nanoTime()).as("a checkpoint at row " + seq + " or later").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitEvent(String auditor, Map<String, Object> filter) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			DocumentContext answer = this.gql.run(auditor, EVENTS, Map.of("f", filter));
			// Just after the database returns, a read may still answer UNAVAILABLE.
			if (answer.read("$.data.auditEvents") != null) {
				List<Map<String, Object>> nodes = answer.read("$.data.auditEvents.edges[*].node");
				if (!nodes.isEmpty()) {
					return nodes.get(0);
				}
			}
			assertThat(System.nanoTime()).as("an audit event matching " + filter).isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

	private static Connection database() throws SQLException {
		Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
		try (Statement statement = db.createStatement()) {
			statement.execute("SET search_path TO " + TestStack.AUDIT_SCHEMA);
		}
		return db;
	}

	private static long seqOf(Connection db, String operation) throws SQLException {
		try (PreparedStatement query = db.prepareStatement("SELECT seq FROM audit_event WHERE instance_id = 'e2e-postgres'"
				+ " AND operation_name = ? ORDER BY seq DESC LIMIT 1")) {
			query.setString(1, operation);
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getLong(1);
			}
		}
	}

	private static String column(Connection db, long seq, String column) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + column
						+ " FROM audit_event WHERE instance_id = 'e2e-postgres' AND seq = " + seq)) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

	private static void update(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

}
