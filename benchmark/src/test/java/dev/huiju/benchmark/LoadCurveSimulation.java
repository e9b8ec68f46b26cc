package dev.huiju.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The latency curve and the overload: the portal home screen (through huiju, REST without a BFF as front ends
 * call it today and with the service's summary view, floor a) and
 * the mobile approval screen (huiju, REST) at each number of users of {@code -Dcurve} (default 1, 10, 50, 200,
 * 400), {@code -DcurveSeconds} (10) a phase; a size may repeat (the first ones then warm the JVMs up). Request names end in " @<users>", so the report keeps each size's
 * figures apart; each phase has its CPU account ({@link Phases}).
 */
public class LoadCurveSimulation extends Simulation {

	private static final int[] SIZES = Arrays.stream(System.getProperty("curve", "1,10,50,200,400").split(","))
		.mapToInt(size -> Integer.parseInt(size.trim()))
		.toArray();

	private static final int SECONDS = Integer.getInteger("curveSeconds", 10);

	/** Only the paths whose names contain one of these ({@code -DcurvePaths=huiju}: the BFF's alone). */
	private static final List<String> PATHS = List.of(System.getProperty("curvePaths", "huiju,REST,floor a").split(","));

	private final List<Map<String, Object>> portalUsers = Stack.users("web-portal");

	private final List<Map<String, Object>> mobileUsers = Stack.users("mobile-app");

	{
		List<Phases.Phase> phases = new ArrayList<>();
		Map<Integer, Integer> seen = new java.util.HashMap<>();
		for (int users : SIZES) {
			int times = seen.merge(users, 1, Integer::sum);
			String at = " @" + users + ((times > 1) ? " (" + times + ")" : "");
			phases.add(new Phases.Phase("curve huiju portal" + at, portal(), PortalHomeSimulation.viaHuiju(at), users, SECONDS));
			phases.add(new Phases.Phase("curve REST portal" + at, portal(), PortalHomeSimulation.viaRest(at), users, SECONDS));
			phases.add(new Phases.Phase("curve REST summaries portal" + at, portal(),
					PortalHomeSimulation.viaRestSummaries(at), users, SECONDS));
			phases.add(new Phases.Phase("curve floor a portal" + at, portal(), PortalHomeSimulation.criticalPath(at), users,
					SECONDS));
			phases.add(new Phases.Phase("curve huiju mobile" + at, mobile(), MobileApprovalSimulation.viaHuiju(at), users,
					SECONDS));
			phases.add(new Phases.Phase("curve REST mobile" + at, mobile(), MobileApprovalSimulation.viaRest(at), users,
					SECONDS));
		}
		phases.removeIf(phase -> PATHS.stream().noneMatch(path -> phase.name().contains(path.trim())));
		setUp(Phases.inOrder(scenario("curve warm-up").feed(portal())
			.repeat(20)
			.on(PortalHomeSimulation.viaHuiju(" warm-up"), PortalHomeSimulation.viaRest(" warm-up"))
			.injectOpen(atOnceUsers(4)), phases))
			.protocols(http.acceptHeader("application/json").contentTypeHeader("application/json").shareConnections());
	}

	private FeederBuilder<Object> portal() {
		return listFeeder(this.portalUsers).circular();
	}

	private FeederBuilder<Object> mobile() {
		return listFeeder(this.mobileUsers).circular();
	}

}
