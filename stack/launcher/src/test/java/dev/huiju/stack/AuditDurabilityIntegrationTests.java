package dev.huiju.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail survives what a process can suffer: a forced stop (SIGTERM) while the database hangs puts
 * the buffered events into the spool, and the next start writes them, in order, with the chain intact, as the
 * command-line check confirms; and a change is refused when its event could be kept nowhere.
 */
class AuditDurabilityIntegrationTests {

	private static final Path LOGS = Jars.root().resolve("stack/launcher/target/e2e-logs");

	private static final String SCHEMA = "audit_durability_e2e";

	private final TestStack services = TestStack.h2();

	/** The signed checkpoints of the one chain these tests write, started afresh with its schema. */
	private static final Path CHECKPOINTS = LOGS.resolve("durability-audit.checkpoints");

	@Test
	void aForcedStopSpoolsWhatIsBufferedAndTheNextStartWritesItInOrder() throws Exception {
		Path spool = LOGS.resolve("durability-audit.spool");
		Files.deleteIfExists(spool);
		try (TcpProxy db = new TcpProxy(freePort(), "127.0.0.1", 5432)) {
			ServiceProcess first = bff("durability-1", db, spool, true, List.of());
			GraphQl gql = new GraphQl(first.url(), this.services.authUrl);
			String token = gql.token("sun.li");
			for (int i = 0; i < 3; i++) {
				gql.run(token, "query Before" + i + " { me { clearance } }");
			}
			awaitRows(List.of("Before0", "Before1", "Before2"));

			db.freeze();
			for (int i = 0; i < 5; i++) {
				assertThat(gql.run(token, "query During" + i + " { me { clearance } }").read("$.data.me.clearance",
						String.class)).isEqualTo("INTERNAL");
			}
			first.close();
			String spooled = Files.readString(spool, StandardCharsets.UTF_8);
			assertThat(spooled).contains("During0", "During4");
			assertThat(spooled.indexOf("During0")).isLessThan(spooled.indexOf("During4"));
			db.thaw();
			db.cut();
			db.restore();

			ServiceProcess second = bff("durability-2", db, spool, false, List.of());
			try {
				awaitRows(List.of("Before0", "Before1", "Before2", "During0", "During1", "During2", "During3", "During4"));
				// The file leaves after the batch that emptied it commits, a moment after its rows are visible.
				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spool).doesNotExist());
				GraphQl again = new GraphQl(second.url(), this.services.authUrl);
				DocumentContext check = again.run(again.token("admin.audit"), "{ auditTrailCheck { intact rowsChecked } }");
				assertThat(check.read("$.data.auditTrailCheck.intact", Boolean.class)).isTrue();
			}
			finally {
				second.close();
			}
		}

		assertThat(verifyCommand()).startsWith("0:").contains("audit trail intact");
		try (Connection db = database(); Statement statement = db.createStatement()) {
			statement.execute("UPDATE audit_event SET result = 'ERROR' WHERE operation_name = 'During2'");
		}
		String broken = verifyCommand();
		assertThat(broken).startsWith("1:").contains("BROKEN").contains("row " + seqOf("During2"));
	}

	@Test
	void aChangeIsRefusedWhenItsEventCanBeKeptNowhere() throws Exception {
		Path blocker = LOGS.resolve("durability-not-a-directory");
		Files.writeString(blocker, "a file where the spool's directory should be");
		try (TcpProxy db = new TcpProxy(freePort(), "127.0.0.1", 5432)) {
			ServiceProcess bff = bff("durability-3", db, blocker.resolve("audit.spool"), true,
					List.of("--huiju.audit.buffer-size=2"));
			try {
				GraphQl gql = new GraphQl(bff.url(), this.services.authUrl);
				String token = gql.token("zhao.lei");
				String draft = "mutation($t: String!) { draftDocument(input: { kind: MEMO, title: $t, classification: INTERNAL }) "
						+ "{ document { id } } }";
				db.cut();
				String admin = gql.token("admin.sys");
				// Until the writer has found neither the database nor the spool, the trail still keeps events.
				await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
					gql.run(token, "{ me { clearance } }");
					return accepting(bff, admin) == 0;
				});
				String title = "无审计-" + System.nanoTime();
				DocumentContext refused = gql.run(token, draft, Map.of("t", title));
				assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("UNAVAILABLE");
				assertThat(refused.read("$", Map.class)).doesNotContainKey("data");

				db.restore();
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				DocumentContext accepted;
				do {
					Thread.sleep(500);
					accepted = gql.run(token, draft, Map.of("t", title + "-ok"));
				}
				// an answer still refused has no "data" at all: wait for one that has it, as long as the deadline allows
				while (accepted.read("$", Map.class).get("data") == null && System.nanoTime() < deadline);
				assertThat(accepted.read("$.data.draftDocument.document.id", String.class)).isNotNull();
				List<String> titles = gql.run(token,
						"query($t: String) { documents(filter: { title: $t }) { edges { node { title } } } }",
						Map.of("t", title)).read("$.data.documents.edges[*].node.title");
				assertThat(titles).as("only the change made once the trail could keep it").containsExactly(title + "-ok");
			}
			finally {
				bff.close();
			}
		}
	}

	private static double accepting(ServiceProcess bff, String adminToken) {
		String body = org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
			.baseUrl(bff.url())
			.build()
			.get()
			.uri("/actuator/metrics/huiju.audit.accepting")
			.header("Authorization", "Bearer " + adminToken)
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return com.jayway.jsonpath.JsonPath.<Number>read(body, "$.measurements[0].value").doubleValue();
	}

	private ServiceProcess bff(String name, TcpProxy db, Path spool, boolean clean, List<String> extra)
			throws IOException, InterruptedException {
		Path checkpoints = CHECKPOINTS;
		if (clean) {
			TestStack.dropSchemas(List.of(SCHEMA));
			Files.deleteIfExists(checkpoints);
		}
		List<String> args = new ArrayList<>(List.of("--huiju.security.issuer=" + this.services.authUrl,
				"--huiju.security.jwk-set-uri=" + this.services.authUrl + "/oauth2/jwks",
				"--spring.profiles.active=postgres", "--huiju.pg.port=" + db.port(), "--huiju.audit.schema=" + SCHEMA,
				"--huiju.audit.instance-id=e2e-durability", "--huiju.audit.spool=" + spool,
				"--huiju.audit.checkpoints=" + checkpoints));
		args.addAll(this.services.directClientArgs());
		args.addAll(extra);
		ServiceProcess process = ServiceProcess.start(name + "-bff", Jars.of("bff"), freePort(), LOGS, args);
		process.awaitHealthy(Duration.ofSeconds(180));
		return process;
	}

	/** Runs the BFF's jar as the command-line check; answers "exit code: output". */
	private static String verifyCommand() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-jar", Jars.of("bff").toString(), "--huiju.audit.verify=true",
				"--spring.main.web-application-type=none", "--spring.profiles.active=postgres",
				"--huiju.audit.schema=" + SCHEMA, "--huiju.audit.instance-id=verifier",
				"--huiju.audit.spool=" + LOGS.resolve("verifier.spool"),
				"--huiju.audit.checkpoints=" + CHECKPOINTS,
				"--logging.level.root=WARN")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return process.exitValue() + ": " + output;
	}

	private static void awaitRows(List<String> expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<String> names = List.of();
		while (System.nanoTime() < deadline) {
			names = new ArrayList<>();
			try (Connection db = database(); Statement statement = db.createStatement();
					ResultSet rows = statement.executeQuery("SELECT operation_name FROM audit_event"
							+ " WHERE operation_name LIKE 'Before%' OR operation_name LIKE 'During%' ORDER BY seq")) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
			if (names.equals(expected)) {
				return;
			}
			Thread.sleep(300);
		}
		assertThat(names).containsExactlyElementsOf(expected);
	}

	private static long seqOf(String operation) throws Exception {
		try (Connection db = database(); Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("SELECT seq FROM audit_event WHERE operation_name = '" + operation + "'")) {
			assertThat(rows.next()).isTrue();
			return rows.getLong(1);
		}
	}

	private static Connection database() throws Exception {
		Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
		try (Statement statement = db.createStatement()) {
			statement.execute("SET search_path TO " + SCHEMA);
		}
		return db;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
