package dev.huiju.benchmark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 1, the portal home screen, four ways under the same load ({@code -Dusers}, {@code -Dseconds}):
 * through huiju (one GraphQL operation); the way a front end without a BFF would (five REST calls to the
 * services, in sequence); the critical path of those calls, run as concurrently as their dependencies allow
 * (floor a); and a trivial endpoint of the BFF answering a body of the same size (floor b).
 */
public class PortalHomeSimulation extends Simulation {

	/** The portal home screen's operation; run.sh measures its bytes from the same file. */
	static final String QUERY = Stack.resource("portal-home.graphql");

	private final List<java.util.Map<String, Object>> users = Stack.users("web-portal");

	private final HttpProtocolBuilder protocol = http.acceptHeader("application/json").contentTypeHeader("application/json")
		.shareConnections();

	/** The screen through huiju; {@code label} tells one phase's requests from another's in the report. */
	static ChainBuilder viaHuiju(String label) {
		return exec(http("huiju: portal home" + label).post(Stack.BFF + "/graphql")
			.header("Authorization", "Bearer #{token}")
			.body(StringBody(session -> Stack.graphQl(QUERY, "{\"dept\":\"" + session.getString("department") + "\"}")))
			.check(status().is(200), jsonPath("$.errors").notExists()));
	}

	static ChainBuilder viaRest(String label) {
		return viaRest(label, "");
	}

	/**
	 * With {@code view=SUMMARY}: a front end without a BFF that knows the service's summary view, as huiju asks
	 * for it on this screen (its lists select no text, trail or recipients).
	 */
	static ChainBuilder viaRestSummaries(String label) {
		return viaRest(" summaries" + label, "&view=SUMMARY");
	}

	private static ChainBuilder viaRest(String label, String view) {
		String tag = view.isEmpty() ? "" : " (summary)";
		return group("REST without a BFF" + label).on(exec(
				service("REST 1 pending" + tag, Stack.DOCUMENTS + "/documents/todo?personId=#{user}&limit=10" + view, "todo"),
				service("REST 2 latest" + tag, Stack.DOCUMENTS + "/documents?limit=10" + view, "latest"),
				service("REST 3 overdue" + tag,
						Stack.DOCUMENTS + "/documents/overdue?departmentId=#{department}&limit=10" + view, "overdue"))
			.exec(PortalHomeSimulation::idsToLookUp)
			.exec(http("REST 4 people").get(Stack.DIRECTORY + "/people?ids=#{peopleIds}")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.exec(http("REST 5 departments").get(Stack.DIRECTORY + "/departments?ids=#{departmentIds}")
				.header("Authorization", "Bearer #{token}")
				.check(status().is(200))));
	}

	/** Floor (a): the same calls, each stage's calls at once; the group's time is the critical path. */
	static ChainBuilder criticalPath(String label) {
		return group("floor a: critical path" + label).on(exec(
				service("floor a lists", Stack.DOCUMENTS + "/documents?limit=10", "latest").resources(
						http("floor a pending").get(Stack.DOCUMENTS + "/documents/todo?personId=#{user}&limit=10")
							.header("Authorization", "Bearer #{token}"),
						http("floor a overdue").get(Stack.DOCUMENTS + "/documents/overdue?departmentId=#{department}&limit=10")
							.header("Authorization", "Bearer #{token}")))
			.exec(PortalHomeSimulation::idsToLookUp)
			.exec(http("floor a people").get(Stack.DIRECTORY + "/people?ids=#{peopleIds}")
				.header("Authorization", "Bearer #{token}")
				.resources(http("floor a departments").get(Stack.DIRECTORY + "/departments?ids=#{departmentIds}")
					.header("Authorization", "Bearer #{token}"))));
	}

	private final ChainBuilder floor = exec(http("floor b: same bytes")
		.get(Stack.BFF + "/benchmark/floor?bytes=" + Integer.getInteger("floorBytes", 4096))
		.header("Authorization", "Bearer #{token}")
		.check(status().is(200)));

	{
		setUp(Phases.inOrder(scenario("warm-up").feed(circular()).repeat(20).on(viaHuiju(""), viaRest(""))
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4)),
				List.of(new Phases.Phase("huiju", circular(), viaHuiju(""), Stack.USERS, Stack.SECONDS),
						new Phases.Phase("REST without a BFF", circular(), viaRest(""), Stack.USERS, Stack.SECONDS),
						new Phases.Phase("floor a", circular(), criticalPath(""), Stack.USERS, Stack.SECONDS),
						new Phases.Phase("floor b", circular(), this.floor, Stack.USERS, Stack.SECONDS))))
			.protocols(this.protocol);
	}

	private io.gatling.javaapi.core.FeederBuilder<Object> circular() {
		return io.gatling.javaapi.core.CoreDsl.listFeeder(this.users).circular();
	}

	private static io.gatling.javaapi.http.HttpRequestActionBuilder service(String name, String url, String key) {
		return http(name).get(url)
			.header("Authorization", "Bearer #{token}")
			.check(status().is(200), jsonPath("$.items[*].drafterId").findAll().optional().saveAs(key + "Drafters"),
					jsonPath("$.items[*].departmentId").findAll().optional().saveAs(key + "Departments"));
	}

	/** What a front end does between the calls: gathers the people and departments to look up. */
	private static Session idsToLookUp(Session session) {
		Set<String> people = new LinkedHashSet<>();
		Set<String> departments = new LinkedHashSet<>();
		for (String key : List.of("todo", "latest", "overdue")) {
			if (session.contains(key + "Drafters")) {
				people.addAll(session.getList(key + "Drafters"));
			}
			if (session.contains(key + "Departments")) {
				departments.addAll(session.getList(key + "Departments"));
			}
		}
		people.add(session.getString("user"));
		departments.add(session.getString("department"));
		return session.set("peopleIds", String.join(",", people)).set("departmentIds", String.join(",", departments));
	}

}
