package dev.huiju.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Phases of closed load one after the other, each with its CPU account: at every phase's start and end, the CPU
 * time of each process of the stack (the BFF, every service, PostgreSQL, Redis, the load generator itself) and the
 * bytes the BFF has allocated; with the number of screens the phase completed (answered or failed), that gives
 * CPU milliseconds per screen, a figure that does not depend on how busy the machine was. One line per phase and
 * process in {@code -DphasesFile} (benchmark/target/phases.csv), read by benchmark/Summary.java.
 */
final class Phases {

	/** The stack's JVMs by the port the launcher gives them. */
	private static final Map<String, Integer> PORTS = ports(System.getProperty("processes",
			"bff:8080,directory:8081,documents:8082,meetings:8083,dining:8084,eldercare:8085,auth-server:9000"));

	private static final Path FILE = Path.of(System.getProperty("phasesFile", "target/phases.csv"));

	private static final Map<String, AtomicLong> SCREENS = new ConcurrentHashMap<>();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static String adminToken;

	private static String openPhase;

	private static int openUsers;

	private static long openNanos;

	private static Map<String, Long> openCpu;

	private static long openAllocated;

	private static long openCompiling;

	private Phases() {
	}

	/** A phase: {@code users} callers (from {@code feeder}) repeating {@code screen} for {@code seconds}. */
	record Phase(String name, FeederBuilder<Object> feeder, ChainBuilder screen, int users, int seconds) {
	}

	/** The phases in order, each started when the one before has ended, after {@code before} (a warm-up). */
	static PopulationBuilder inOrder(PopulationBuilder before, List<Phase> phases) {
		PopulationBuilder rest = mark("end", 0);
		for (int i = phases.size() - 1; i >= 0; i--) {
			Phase phase = phases.get(i);
			AtomicLong screens = SCREENS.computeIfAbsent(phase.name(), name -> new AtomicLong());
			PopulationBuilder load = scenario(phase.name()).feed(phase.feeder())
				.exec(phase.screen())
				.exec(session -> {
					screens.incrementAndGet();
					return session;
				})
				.injectClosed(constantConcurrentUsers(phase.users()).during(phase.seconds()));
			rest = mark(phase.name(), phase.users()).andThen(load.andThen(rest));
		}
		return before.andThen(rest);
	}

	private static PopulationBuilder mark(String phase, int users) {
		return scenario("account: " + phase).exec(session -> {
			take(phase, users);
			return session;
		}).injectOpen(atOnceUsers(1));
	}

	/** Closes the open phase's account and opens the next one's. */
	private static synchronized void take(String next, int users) {
		long now = System.nanoTime();
		Map<String, Long> cpu = cpuMillis();
		long allocated = bffMetric("jvm.gc.memory.allocated");
		long compiling = bffMetric("jvm.compilation.time");
		if (openPhase != null) {
			long screens = SCREENS.get(openPhase).getAndSet(0);
			String phase = String.join(",", openPhase, String.valueOf(openUsers), String.valueOf(screens),
					String.format(java.util.Locale.ROOT, "%.1f", (now - openNanos) / 1e9));
			List<String> lines = new ArrayList<>();
			cpu.forEach((process, millis) -> lines.add(phase + "," + process + ","
					+ (millis - openCpu.getOrDefault(process, millis))));
			lines.add(phase + ",bff allocated bytes," + (allocated - openAllocated));
			lines.add(phase + ",bff jit," + (compiling - openCompiling));
			try {
				Files.createDirectories(FILE.toAbsolutePath().getParent());
				Files.write(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot write " + FILE, ex);
			}
		}
		openPhase = "end".equals(next) ? null : next;
		openUsers = users;
		openNanos = now;
		openCpu = cpu;
		openAllocated = allocated;
		openCompiling = compiling;
	}

	/** CPU milliseconds so far of each process of the stack, of PostgreSQL's and Redis's, and of this one. */
	private static Map<String, Long> cpuMillis() {
		Map<String, Long> cpu = new LinkedHashMap<>();
		PORTS.forEach((name, port) -> cpu.put(name, 0L));
		cpu.put("postgres", 0L);
		cpu.put("redis", 0L);
		ProcessHandle.allProcesses().forEach(process -> {
			ProcessHandle.Info info = process.info();
			Optional<Duration> time = info.totalCpuDuration();
			if (time.isEmpty()) {
				return;
			}
			String command = info.command().orElse("");
			String line = info.commandLine().orElse(command);
			String name = null;
			for (Map.Entry<String, Integer> entry : PORTS.entrySet()) {
				if (line.contains("--server.port=" + entry.getValue())) {
					name = entry.getKey();
				}
			}
			if (name == null && command.contains("postgres")) {
				name = "postgres";
			}
			// Debian's redis-server is a link to redis-check-rdb, and Redis rewrites its command line.
			if (name == null && (command.contains("redis") || line.startsWith("redis-server"))) {
				name = "redis";
			}
			if (name != null) {
				cpu.merge(name, time.get().toMillis(), Long::sum);
			}
		});
		cpu.put("load generator", ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L));
		return cpu;
	}

	private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+-]+)");

	/**
	 * A counter of the BFF's JVM: {@code jvm.gc.memory.allocated} (bytes allocated, as of its last GC) or
	 * {@code jvm.compilation.time} (milliseconds its JIT compilers have worked, part of its CPU time: a JVM still
	 * compiling its hot paths spends CPU that a long-running one does not).
	 */
	private static long bffMetric(String metric) {
		try {
			if (adminToken == null) {
				adminToken = Stack.token("admin.sys", "web-portal");
			}
			HttpResponse<String> response = HTTP.send(HttpRequest
				.newBuilder(URI.create(Stack.BFF + "/actuator/metrics/" + metric))
				.header("Authorization", "Bearer " + adminToken)
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher value = VALUE.matcher(response.body());
			return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static Map<String, Integer> ports(String spec) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (String pair : spec.split(",")) {
			String[] parts = pair.split(":");
			ports.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
		}
		return ports;
	}

}
