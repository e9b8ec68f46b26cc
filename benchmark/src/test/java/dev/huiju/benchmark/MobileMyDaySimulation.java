package dev.huiju.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * Scenario 4, the mobile "my day" screen: today's meetings with rooms and attendees, and the to-do list
 * across documents and meetings. Through huiju with a mobile-app token in one request; without a BFF, a phone
 * makes five: the schedule, then the rooms and the people it names, then the documents to decide and the
 * meeting notices to answer.
 */
public class MobileMyDaySimulation extends Simulation {

	static final String QUERY = Stack.resource("mobile-my-day.graphql");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String FROM = LocalDate.now(ZONE).atStartOfDay(ZONE).toOffsetDateTime()
		.withOffsetSameInstant(ZoneOffset.UTC).toString();

	private static final String TO = OffsetDateTime.parse(FROM).plusDays(1).toString();

	private final List<Map<String, Object>> users = Stack.users("mobile-app");

	private final ChainBuilder viaHuiju = exec(http("huiju: my day").post(Stack.BFF + "/graphql")
		.header("Authorization", "Bearer #{token}")
		.body(StringBody(Stack.graphQl(QUERY, "{\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\"}")))
		.check(status().is(200), jsonPath("$.errors").notExists(), jsonPath("$.data.me.person.schedule[0].id").exists()));

	private final ChainBuilder viaRest = group("REST without a BFF, my day").on(exec(http("REST d1 schedule")
		.get(Stack.MEETINGS + "/meetings/schedule?personIds=#{user}&from=" + FROM + "&to=" + TO)
		.header("Authorization", "Bearer #{token}")
		.check(status().is(200), jsonPath("$[*].meeting.roomId").findAll().optional().saveAs("roomIds"),
				jsonPath("$[*].meeting.attendees[*].personId").findAll().optional().saveAs("attendeeIds")))
		.exec(MobileMyDaySimulation::ids)
		.exec(http("REST d2 rooms").get(Stack.MEETINGS + "/rooms?ids=#{rooms}").header("Authorization", "Bearer #{token}")
			.check(status().is(200)))
		.exec(http("REST d3 people").get(Stack.DIRECTORY + "/people?ids=#{people}")
			.header("Authorization", "Bearer #{token}").check(status().is(200)))
		.exec(http("REST d4 documents to decide").get(Stack.DOCUMENTS + "/documents/todo?personId=#{user}&limit=10")
			.header("Authorization", "Bearer #{token}").check(status().is(200)))
		.exec(http("REST d5 meeting notices").get(Stack.MEETINGS + "/meetings/invitations?personId=#{user}&limit=10")
			.header("Authorization", "Bearer #{token}").check(status().is(200))));

	{
		setUp(Phases.inOrder(scenario("my day warm-up")
			.feed(listFeeder(this.users).circular()).repeat(20).on(this.viaHuiju, this.viaRest)
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4)),
				List.of(new Phases.Phase("huiju my day", listFeeder(this.users).circular(), this.viaHuiju, Stack.USERS, Stack.SECONDS),
						new Phases.Phase("REST my day", listFeeder(this.users).circular(), this.viaRest, Stack.USERS, Stack.SECONDS))))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	private static Session ids(Session session) {
		Set<String> rooms = new LinkedHashSet<>();
		if (session.contains("roomIds")) {
			session.<Object>getList("roomIds").forEach(id -> rooms.add(String.valueOf(id)));
		}
		Set<String> people = new LinkedHashSet<>();
		if (session.contains("attendeeIds")) {
			session.<Object>getList("attendeeIds").forEach(id -> people.add(String.valueOf(id)));
		}
		people.add(session.getString("user"));
		return session.set("rooms", rooms.isEmpty() ? "0" : String.join(",", rooms)).set("people", String.join(",", people));
	}

}
