package dev.huiju.benchmark;

import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Whether a flood of refused tokens slows the callers with valid ones: a small screen for {@value #CALLERS}
 * valid callers alone, then the same callers while {@code users} clients send well-formed tokens whose
 * signature is wrong (each one verified and refused, and counted for the audit trail). The two request names
 * compare one with the other.
 */
public class TokenFloodSimulation extends io.gatling.javaapi.core.Simulation {

	static final int CALLERS = 20;

	private static final String QUERY = "query FloodProbe { me { clearance person { name } } }";

	private final List<Map<String, Object>> users = Stack.users("web-portal");

	/** A real token with another token's signature: parsed, then refused by the signature check. */
	private final String forged = forge((String) this.users.get(0).get("token"), (String) this.users.get(1).get("token"));

	private ChainBuilder valid(String name) {
		return exec(http(name).post(Stack.BFF + "/graphql")
			.header("Authorization", "Bearer #{token}")
			.body(StringBody(Stack.graphQl(QUERY, "{}")))
			.check(status().is(200), jsonPath("$.errors").notExists()));
	}

	{
		ChainBuilder refused = exec(http("refused token").post(Stack.BFF + "/graphql")
			.header("Authorization", "Bearer " + this.forged)
			.body(StringBody(Stack.graphQl(QUERY, "{}")))
			.check(status().is(401)));
		setUp(scenario("flood warm-up").feed(listFeeder(this.users).circular()).repeat(20).on(valid("warm-up"), refused)
			.injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(4))
			.andThen(scenario("valid callers, quiet").feed(listFeeder(this.users).circular())
				.exec(valid("valid caller, quiet"))
				.injectClosed(constantConcurrentUsers(CALLERS).during(Stack.SECONDS)))
			.andThen(scenario("valid callers, under a flood").feed(listFeeder(this.users).circular())
				.exec(valid("valid caller, under a flood of refused tokens"))
				.injectClosed(constantConcurrentUsers(CALLERS).during(Stack.SECONDS)),
					scenario("flood of refused tokens").exec(refused)
						.injectClosed(constantConcurrentUsers(Stack.USERS).during(Stack.SECONDS))))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	private static String forge(String token, String other) {
		String[] parts = token.split("\\.");
		String[] theirs = other.split("\\.");
		return parts[0] + "." + parts[1] + "." + theirs[2];
	}

}
