package dev.huiju.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Scenario 5, the mini-program's canteen screen: the community canteens of the citizen's street with today's
 * approved menus and their average ratings. Through huiju, one persisted operation of the manifest (the text the
 * mini-program is allowed to send, byte for byte); without a BFF, a phone makes three calls: the canteens, then
 * their menus of today and their ratings.
 */
public class MiniProgramCanteensSimulation extends Simulation {

	static final String QUERY = Stack.resource("mini-program-canteens.graphql").strip();

	private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

	private final List<Map<String, Object>> users = citizens();

	private final ChainBuilder viaHuiju = exec(http("huiju: canteens near me").post(Stack.BFF + "/graphql")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody(Stack.graphQl(QUERY, "{}")))
		.check(status().is(200), jsonPath("$.errors").notExists(), jsonPath("$.data.canteensNearMe[0].menus").exists()));

	private final ChainBuilder viaRest = group("REST without a BFF, canteens near me").on(exec(http("REST c1 canteens")
		.get(Stack.DINING + "/canteens?kind=COMMUNITY&streetId=s-riverside")
		.header("Authorization", "Bearer #{token}")
		.check(status().is(200), jsonPath("$[*].id").findAll().saveAs("canteenIds")))
		.exec(MiniProgramCanteensSimulation::ids)
		.exec(http("REST c2 menus of today").get(Stack.DINING + "/menus?canteenIds=#{canteens}&from=" + TODAY + "&to=" + TODAY)
			.header("Authorization", "Bearer #{token}").check(status().is(200)))
		.exec(http("REST c3 ratings").get(Stack.DINING + "/ratings/summary?canteenIds=#{canteens}")
			.header("Authorization", "Bearer #{token}").check(status().is(200))));

	{
		setUp(Phases.inOrder(scenario("canteens warm-up")
			.feed(listFeeder(this.users).circular()).repeat(20).on(this.viaHuiju, this.viaRest)
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4)),
				List.of(new Phases.Phase("huiju canteens near me", listFeeder(this.users).circular(), this.viaHuiju,
						Stack.USERS, Stack.SECONDS),
						new Phases.Phase("REST canteens near me", listFeeder(this.users).circular(), this.viaRest,
								Stack.USERS, Stack.SECONDS))))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	/** The demo's citizen on the mini-program: a token per load-generator user would only add sign-ins. */
	private static List<Map<String, Object>> citizens() {
		Map<String, Object> row = new HashMap<>();
		row.put("user", "ma.xiaoli");
		row.put("token", Stack.token("ma.xiaoli", "mini-program"));
		return List.of(row);
	}

	private static Session ids(Session session) {
		List<Object> ids = session.getList("canteenIds");
		return session.set("canteens", String.join(",", ids.stream().map(String::valueOf).toList()));
	}

}
