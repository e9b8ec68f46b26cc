package dev.huiju.benchmark;

import java.util.HashMap;
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
 * Scenario 6, a district's elder-care review screen: the twenty oldest applications its streets approved, each with
 * the resident (name and ID number, masked or not by the rules, every clear read audited) and the street's decision
 * with its reviewer. Through huiju one request with a mobile-app token; without a BFF three calls: the applications,
 * then their residents, then the reviewers from the directory.
 */
public class DistrictReviewsSimulation extends Simulation {

	static final String QUERY = Stack.resource("district-reviews.graphql");

	private final List<Map<String, Object>> users = district();

	private final ChainBuilder viaHuiju = exec(http("huiju: district reviews").post(Stack.BFF + "/graphql")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody(Stack.graphQl(QUERY, "{}")))
		.check(status().is(200), jsonPath("$.errors").notExists(),
				jsonPath("$.data.elderCareApplications[0].resident.idNumber").exists()));

	private final ChainBuilder viaRest = group("REST without a BFF, district reviews").on(exec(http("REST e1 applications")
		.get(Stack.ELDERCARE + "/applications?status=STREET_APPROVED&limit=20")
		.header("Authorization", "Bearer #{token}")
		.check(status().is(200), jsonPath("$[*].residentId").findAll().saveAs("residentIds"),
				jsonPath("$[*].decisions[*].reviewerId").findAll().saveAs("reviewerIds")))
		.exec(DistrictReviewsSimulation::ids)
		.exec(http("REST e2 residents").get(Stack.ELDERCARE + "/residents?ids=#{residents}")
			.header("Authorization", "Bearer #{token}").check(status().is(200)))
		.exec(http("REST e3 reviewers").get(Stack.DIRECTORY + "/people?ids=#{reviewers}")
			.header("Authorization", "Bearer #{token}").check(status().is(200))));

	{
		setUp(Phases.inOrder(scenario("district reviews warm-up")
			.feed(listFeeder(this.users).circular()).repeat(20).on(this.viaHuiju, this.viaRest)
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4)),
				List.of(new Phases.Phase("huiju district reviews", listFeeder(this.users).circular(), this.viaHuiju,
						Stack.USERS, Stack.SECONDS),
						new Phases.Phase("REST district reviews", listFeeder(this.users).circular(), this.viaRest,
								Stack.USERS, Stack.SECONDS))))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	/** The demo's district account of 东城区 on the app. */
	private static List<Map<String, Object>> district() {
		Map<String, Object> row = new HashMap<>();
		row.put("user", "zhou.min");
		row.put("token", Stack.token("zhou.min", "mobile-app"));
		return List.of(row);
	}

	private static Session ids(Session session) {
		Set<String> residents = new LinkedHashSet<>();
		session.<Object>getList("residentIds").forEach(id -> residents.add(String.valueOf(id)));
		Set<String> reviewers = new LinkedHashSet<>();
		if (session.contains("reviewerIds")) {
			session.<Object>getList("reviewerIds").forEach(id -> reviewers.add(String.valueOf(id)));
		}
		reviewers.add(session.getString("user"));
		return session.set("residents", String.join(",", residents)).set("reviewers", String.join(",", reviewers));
	}

}
