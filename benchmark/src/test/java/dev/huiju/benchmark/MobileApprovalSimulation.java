package dev.huiju.benchmark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Scenario 2, the mobile approval screen (my to-do as summaries, and the approval trail of the first item),
 * through huiju with a mobile-app token, and the way a phone without a BFF would get it: the to-do list of the
 * documents service (whole documents, steps included), then the people of the trail.
 */
public class MobileApprovalSimulation extends Simulation {

	static final String QUERY = Stack.resource("mobile-approval.graphql");

	private final List<Map<String, Object>> users = Stack.users("mobile-app");

	static ChainBuilder viaHuiju(String label) {
		return exec(http("huiju: mobile approval" + label).post(Stack.BFF + "/graphql")
			.header("Authorization", "Bearer #{token}")
			.body(StringBody(Stack.graphQl(QUERY, "{}")))
			.check(status().is(200), jsonPath("$.errors").notExists()));
	}

	static ChainBuilder viaRest(String label) {
		return group("REST without a BFF, mobile" + label).on(exec(http("REST m1 pending")
			.get(Stack.DOCUMENTS + "/documents/todo?personId=#{user}&limit=5")
			.header("Authorization", "Bearer #{token}")
			.check(status().is(200), jsonPath("$.items[0].steps[*].assigneeId").findAll().optional().saveAs("assignees")))
			.exec(MobileApprovalSimulation::people)
			.exec(http("REST m2 people").get(Stack.DIRECTORY + "/people?ids=#{peopleIds}")
				.header("Authorization", "Bearer #{token}").check(status().is(200))));
	}

	{
		setUp(Phases.inOrder(scenario("mobile warm-up")
			.feed(listFeeder(this.users).circular()).repeat(20).on(viaHuiju(""), viaRest(""))
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4)),
				List.of(new Phases.Phase("huiju mobile", listFeeder(this.users).circular(), viaHuiju(""), Stack.USERS, Stack.SECONDS),
						new Phases.Phase("REST mobile", listFeeder(this.users).circular(), viaRest(""), Stack.USERS, Stack.SECONDS))))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	private static Session people(Session session) {
		Set<String> ids = new LinkedHashSet<>();
		if (session.contains("assignees")) {
			ids.addAll(session.getList("assignees"));
		}
		ids.add(session.getString("user"));
		return session.set("peopleIds", String.join(",", ids));
	}

}
