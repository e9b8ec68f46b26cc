package dev.huiju.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the local stack on its embedded defaults: the development authorization server on 9000, each
 * domain service of {@link DomainService#ALL} on its port with its demo data, and the BFF on 8080. With
 * {@code --postgres} the domain services use PostgreSQL on 127.0.0.1:5432 instead of H2, the BFF writes its audit
 * trail there too (schema {@code audit}), and keeps rate limits, persisted queries and the reference cache in Redis
 * on 127.0.0.1:6379 instead of in process. With
 * {@code --benchmark} the BFF also serves the benchmark's floor endpoint.
 */
public final class Stack {

	private Stack() {
	}

	public static void main(String[] args) throws Exception {
		boolean postgres = List.of(args).contains("--postgres");
		boolean benchmark = List.of(args).contains("--benchmark");
		List<Integer> ports = new ArrayList<>(List.of(9000, 8080));
		DomainService.ALL.forEach(service -> ports.add(service.port()));
		List<Integer> taken = TakenPorts.of(ports);
		if (!taken.isEmpty()) {
			System.err.println("huiju: ports " + taken + " are in use (is a stack already running?); stop it first");
			System.exit(1);
		}
		Path logs = Jars.root().resolve("stack").resolve("launcher").resolve("target").resolve("stack-logs");
		List<ServiceProcess> started = new ArrayList<>();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> ServiceProcess.closeAll(started)));
		long begin = System.nanoTime();
		// Under the benchmark every JVM runs as production would; interactively, small and quick to start.
		Footprint footprint = benchmark ? Footprint.PRODUCTION : Footprint.SMALL;
		started.add(ServiceProcess.start("auth-server", Jars.of("stack/auth-server"), 9000, logs, List.of()));
		for (DomainService service : DomainService.ALL) {
			started.add(ServiceProcess.start(service.name(), Jars.of(service.module()), service.port(), logs, footprint,
					List.of(), service.profileArgs(postgres, true)));
		}
		List<String> bffArgs = new ArrayList<>();
		if (postgres) {
			bffArgs.add("--huiju.redis.enabled=true");
			// The audit trail in PostgreSQL as in production: in memory, every event of a long run stays on the heap.
			bffArgs.add("--spring.profiles.active=postgres");
			bffArgs.add("--huiju.audit.checkpoints=" + logs.resolve("bff-audit.checkpoints"));
		}
		if (benchmark) {
			// the floor endpoint, and metrics to count downstream calls
			bffArgs.add("--huiju.benchmark.floor=true");
		}
		// -Dhuiju.bff.jfr=<file>: a flight recording of the BFF (profiling settings), written when the stack stops.
		String jfr = System.getProperty("huiju.bff.jfr");
		List<String> bffJvm = (jfr != null)
				? List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true") : List.of();
		started.add(ServiceProcess.start("bff", Jars.of("bff"), 8080, logs, footprint, bffJvm, bffArgs));
		System.out.println("huiju: starting " + started.size() + " services, logs in " + logs);
		CompletableFuture<?>[] waits = started.stream().map(service -> CompletableFuture.runAsync(() -> {
			try {
				// seven JVMs start at once, seeding their demo data, on as few as two cores
				service.awaitHealthy(Duration.ofSeconds(300));
				System.out.println("huiju: " + service.name() + " is up at " + service.url());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		})).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(waits).join();
		System.out.printf("""
				huiju: ready in %.1f s
				  GraphQL   http://localhost:8080/graphql
				  GraphiQL  http://localhost:8080/graphiql
				  issuer    http://localhost:9000
				  token     curl -s -X POST http://localhost:9000/dev/token -d username=zhang.wei -d client_id=web-portal -d terminal_id=pc-001
				Ctrl-C stops everything.
				""", (System.nanoTime() - begin) / 1e9);
		Thread.currentThread().join();
	}

}
