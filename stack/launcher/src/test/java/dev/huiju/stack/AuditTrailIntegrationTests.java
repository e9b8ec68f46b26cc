package dev.huiju.stack;

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
