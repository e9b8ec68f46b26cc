package dev.huiju.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The live path of the leaders' cockpit on the embedded stack: a change in a domain service reaches a dashboard's
 * subscription through the big screen service (gathering every 3 s here) and the BFF, watermarked; the
 * subscription passes the dashboard's safelist and the field rules like a query.
 */
class BigscreenIntegrationTests {

	/** From the change in the documents service to the value on the screen: two ticks of gathering and the rest. */
	private static final Duration BOUND = Duration.ofSeconds(20);

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	private static String persisted(String name) throws IOException {
		String manifest = Files.readString(Jars.root().resolve("bff/src/main/resources/persisted-operations.json"));
		List<String> query = JsonPath.read(manifest, "$.operations[?(@.name == '" + name + "')].query");
		assertThat(query).as(name).hasSize(1);
		return query.get(0);
	}

	private WebSocketGraphQlClient screen(String token) {
		return Screens.connect(this.stack.bff.url(), token);
	}

	private Double inProgress(String leader) {
		DocumentContext now = this.gql.run(leader, "{ indicators(keys: [\"documents.in-progress\"]) { value stale } }");
		return now.read("$.data.indicators[0].value", Double.class);
	}

	@Test
	void aSubmittedDocumentReachesTheDashboardsSubscriptionWithinTheBound() throws Exception {
		String leader = this.gql.token("chen.jie");
		await().atMost(Duration.ofSeconds(60)).until(() -> inProgress(leader) != null);
		double before = inProgress(leader);

		WebSocketGraphQlClient client = screen(this.gql.token("chen.jie", "dashboard"));
		List<ClientGraphQlResponse> received = new CopyOnWriteArrayList<>();
		Disposable subscription = client.document(persisted("DashboardIndicatorChanges"))
			.variable("keys", List.of("documents.in-progress"))
			.executeSubscription()
			.subscribe(received::add);
		try {
			Thread.sleep(1000);
			String clerk = this.gql.token("zhang.wei");
			String id = this.gql.run(clerk, """
					mutation { draftDocument(input: { kind: OUTGOING, title: "大屏联动测试", body: "正文",
					  classification: INTERNAL, urgency: NORMAL }) { document { id } errors { code } } }
					""").read("$.data.draftDocument.document.id");
			long changedAt = System.nanoTime();
			DocumentContext submitted = this.gql.run(clerk, """
					mutation($id: ID!) { submitDocument(input: { id: $id, steps: [{ kind: SIGN_OFF, assigneeId: "chen.jie" }] }) {
					  document { status } errors { code } } }
					""", Map.of("id", id));
			assertThat(submitted.read("$.data.submitDocument.document.status", String.class)).isEqualTo("IN_APPROVAL");

			await().atMost(BOUND).until(() -> received.stream().anyMatch(event -> value(event) >= before + 1));
			Duration took = Duration.ofNanos(System.nanoTime() - changedAt);
			System.out.println("indicator on the subscription " + took.toMillis() + " ms after the change");
			ClientGraphQlResponse event = received.stream().filter(e -> value(e) >= before + 1).findFirst().orElseThrow();
			assertThat((Object) event.field("indicatorChanged.key").getValue()).isEqualTo("documents.in-progress");
			assertThat((Object) event.field("indicatorChanged.stale").getValue()).isEqualTo(false);
			// marked like any answer: who, on which terminal
			@SuppressWarnings("unchecked")
			Map<String, Object> watermark = (Map<String, Object>) event.getExtensions().get("watermark");
			assertThat(watermark).containsEntry("terminalId", "e2e-dashboard").containsKeys("userRef", "signature");
			assertThat((String) watermark.get("text")).startsWith("陈杰 ");
			// and the subscription is in the audit trail like any operation
			String auditor = this.gql.token("admin.audit");
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				List<Map<String, Object>> found = this.gql.run(auditor, """
						query($f: AuditFilter) { auditEvents(filter: $f, first: 5) { edges { node { userId channel operationType result } } } }
						""", Map.of("f", Map.of("operationName", "DashboardIndicatorChanges"))).read("$.data.auditEvents.edges[*].node");
				return found.stream().anyMatch(node -> "chen.jie".equals(node.get("userId"))
						&& "DASHBOARD".equals(node.get("channel")) && "subscription".equals(node.get("operationType")));
			});
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void aDashboardSubscribesOnlyToTheManifestAndNobodyButALeaderHearsTheFigures() {
		WebSocketGraphQlClient dashboard = screen(this.gql.token("chen.jie", "dashboard"));
		ClientGraphQlResponse refused = dashboard.document("subscription { indicatorChanged { key value } }")
			.executeSubscription().blockFirst(Duration.ofSeconds(10));
		assertThat(refused.getErrors()).isNotEmpty();
		assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("code", "PERMISSION_DENIED");
		dashboard.stop().block(Duration.ofSeconds(5));

		WebSocketGraphQlClient clerk = screen(this.gql.token("zhang.wei"));
		ClientGraphQlResponse denied = clerk.document("subscription { indicatorChanged { key value } }")
			.executeSubscription().blockFirst(Duration.ofSeconds(10));
		assertThat(denied.getErrors()).isNotEmpty();
		assertThat(denied.getErrors().get(0).getExtensions()).containsEntry("code", "PERMISSION_DENIED");
		clerk.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void aSubscriptionEndsWhenItsTokenExpires() {
		WebSocketGraphQlClient shortLived = screen(TestTokens.leader("chen.jie", "web-portal", Duration.ofSeconds(5)));
		long started = System.nanoTime();
		List<ClientGraphQlResponse> events = shortLived
			.document("subscription { indicatorChanged { key value } }")
			.executeSubscription()
			.collectList()
			.block(Duration.ofSeconds(20));
		Duration lasted = Duration.ofNanos(System.nanoTime() - started);
		assertThat(events).allMatch(event -> event.getErrors().isEmpty());
		// it lasted as long as the token, and not much longer
		assertThat(lasted).isGreaterThan(Duration.ofSeconds(3)).isLessThan(Duration.ofSeconds(15));
		shortLived.stop().block(Duration.ofSeconds(5));
	}

	@Test
	void aConnectionWithoutAValidTokenRunsNothing() {
		for (String token : new String[] { null, "not-a-token", TestTokens.expired("chen.jie", "web-portal", "INTERNAL") }) {
			WebSocketGraphQlClient anonymous = screen(token);
			assertThatThrownBy(() -> anonymous.document("{ canteenRanking(first: 3) { canteenId } }").execute()
				.block(Duration.ofSeconds(10))).as("token " + token).isInstanceOf(RuntimeException.class);
			anonymous.stop().block(Duration.ofSeconds(5));
		}
	}

	private static double value(ClientGraphQlResponse event) {
		Object value = event.field("indicatorChanged.value").getValue();
		return (value instanceof Number number) ? number.doubleValue() : Double.NaN;
	}

}
