package dev.huiju.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A whole stack for the end-to-end tests, started once per test JVM from the executable jars: the
 * authorization server (shared, signing with a key the tests hold too, see {@link TestTokens}), every domain
 * service of {@link DomainService#ALL} and the BFF, on free ports. The BFF reaches each service through a
 * WireMock proxy, so tests can count the calls and inject faults; without an injected fault every request
 * reaches the real service.
 */
final class TestStack {

	static final Path LOGS = Jars.root().resolve("stack/launcher/target/e2e-logs");

	private static final List<ServiceProcess> RUNNING = new ArrayList<>();

	private static ServiceProcess auth;

	private static TestStack h2;

	private static TestStack postgres;

	private static TestStack faulty;

	final String name;

	final String authUrl;

	final ServiceProcess bff;

	private final Map<String, ServiceProcess> services;

	private final Map<String, WireMockServer> proxies;

	private TestStack(String name, String authUrl, ServiceProcess bff, Map<String, ServiceProcess> services,
			Map<String, WireMockServer> proxies) {
		this.name = name;
		this.authUrl = authUrl;
		this.bff = bff;
		this.services = services;
		this.proxies = proxies;
	}

	/** The domain service of this name, reached directly. */
	ServiceProcess service(String name) {
		return require(this.services, name);
	}

	/** The WireMock proxy between this stack's BFF and the domain service of this name. */
	WireMockServer proxy(String name) {
		return require(this.proxies, name);
	}

	/** Back to passing everything through to the service, with the request journal emptied. */
	void resetProxy(String name) {
		resetProxy(proxy(name), service(name).url());
	}

	/**
	 * A BFF of its own over the H2 stack's services, behind proxies of its own for fault injection, with
	 * tight settings: calls time out after {@value #FAULTY_TIMEOUT_MS} ms (directory) or 1 s and reads are tried
	 * 3 times, a breaker opens after 4 calls of which half failed and half-opens after 2 s, people and
	 * departments are fresh in the cache for 1 s.
	 */
	static synchronized TestStack faulty() {
		if (faulty == null) {
			TestStack services = h2();
			Map<String, WireMockServer> proxies = proxiesTo(services.services);
			List<String> args = new ArrayList<>(authArgs());
			args.addAll(clientArgs(proxies, proxy -> "http://localhost:" + proxy.port()));
			args.addAll(List.of("--huiju.clients.services.directory.timeout=" + FAULTY_TIMEOUT_MS + "ms",
					"--huiju.clients.services.documents.timeout=1s", "--huiju.clients.cache.people.ttl=1s",
					"--huiju.clients.cache.departments.ttl=1s", "--huiju.audit.instance-id=e2e-faulty",
					"--resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
					"--resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
					"--resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=2s",
					"--resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state=1",
					"--resilience4j.retry.configs.default.wait-duration=50ms",
					"--management.endpoints.web.exposure.include=health,circuitbreakers,metrics"));
			try {
				args.add("--huiju.audit.spool=" + LOGS.resolve("faulty-audit.spool"));
				ServiceProcess bff = launch(ServiceProcess.start("faulty-bff", Jars.of("bff"), freePort(), LOGS, BLOCKHOUND, args));
				bff.awaitHealthy(Duration.ofSeconds(180));
				faulty = new TestStack("faulty", auth.url(), bff, services.services, proxies);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return faulty;
	}

	static final int FAULTY_TIMEOUT_MS = 500;

	/**
	 * One more BFF over the H2 stack's services (reached directly), with these settings added: several instances of
	 * one deployment. The caller stops it.
	 */
	static ServiceProcess anotherBff(String name, List<String> settings) throws IOException, InterruptedException {
		TestStack services = h2();
		List<String> args = new ArrayList<>(authArgs());
		args.addAll(services.directClientArgs());
		Files.deleteIfExists(checkpoints(name));
		args.add("--huiju.audit.instance-id=e2e-" + name);
		args.add("--huiju.audit.spool=" + LOGS.resolve(name + "-audit.spool"));
		args.add("--huiju.audit.checkpoints=" + checkpoints(name));
		args.addAll(settings);
		ServiceProcess bff = launch(ServiceProcess.start(name, Jars.of("bff"), freePort(), LOGS, BLOCKHOUND, args));
		bff.awaitHealthy(Duration.ofSeconds(180));
		return bff;
	}

	/** Every BFF of the tests runs with BlockHound: a blocking call on an event-loop thread fails its request. */
	static final List<String> BLOCKHOUND = List.of("-XX:+AllowRedefinitionToAddDeleteMethods", "-Dhuiju.blockhound=true");

	/** A WireMock server that passes everything to {@code url} unless a test stubs otherwise. */
	static WireMockServer proxyTo(String url) {
		WireMockServer proxy = new WireMockServer(options().dynamicPort());
		proxy.start();
		resetProxy(proxy, url);
		return proxy;
	}

	/** Back to passing everything through, with the request journal emptied. */
	static void resetProxy(WireMockServer proxy, String url) {
		proxy.resetAll();
		proxy.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().proxiedFrom(url)));
	}

	/** Domain services on H2 in memory, with their demo data. */
	static synchronized TestStack h2() {
		if (h2 == null) {
			// Without the cache, so that every query's directory calls can be counted.
			h2 = start("h2", service -> service.profileArgs(false, true), List.of("--huiju.clients.caching=false"));
		}
		return h2;
	}

	/**
	 * Domain services on PostgreSQL at 127.0.0.1:5432 with their demo data, each in a schema of its own ({@code <name>_e2e}) that is
	 * migrated afresh; the BFF keeps its rate limits in Redis at 127.0.0.1:6379, with an allowance of
	 * {@value #DIRECTORY_LIMIT} directory lookups a minute.
	 */
	static synchronized TestStack postgres() {
		if (postgres == null) {
			try {
				auditDatabase = new TcpProxy(freePort(), "127.0.0.1", 5432);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// Every run starts from empty schemas, dropped here: no property of a service wipes a database.
			List<String> schemas = new ArrayList<>(DomainService.ALL.stream().map(service -> service.name() + "_e2e").toList());
			schemas.add(AUDIT_SCHEMA);
			dropSchemas(schemas);
			Function<DomainService, List<String>> serviceArgs = service -> {
				List<String> args = new ArrayList<>(service.profileArgs(true, true));
				args.add("--huiju.db.schema=" + service.name() + "_e2e");
				return args;
			};
			postgres = start("postgres", serviceArgs, List.of("--huiju.redis.enabled=true",
					"--huiju.rate-limits.buckets.directory.limit=" + DIRECTORY_LIMIT, "--spring.profiles.active=postgres",
					"--huiju.pg.port=" + auditDatabase.port(), "--huiju.audit.schema=" + AUDIT_SCHEMA));
		}
		return postgres;
	}

	static final int DIRECTORY_LIMIT = 30;

	/** The file of signed audit checkpoints of a stack's BFF. */
	static Path checkpoints(String stack) {
		return LOGS.resolve(stack + "-audit.checkpoints");
	}

	/** Drops schemas of the PostgreSQL at 127.0.0.1:5432 (database {@code test}), so they are migrated afresh. */
	static void dropSchemas(List<String> schemas) {
		try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
				"postgres", ""); java.sql.Statement sql = db.createStatement()) {
			for (String schema : schemas) {
				sql.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("cannot drop the test schemas " + schemas, ex);
		}
	}

	/** The schema of the PostgreSQL stack's audit trail, which the BFF reaches through {@link #auditDatabase}. */
	static final String AUDIT_SCHEMA = "audit_e2e";

	/** The relay between the PostgreSQL stack's BFF and its audit database, to take the database away. */
	static TcpProxy auditDatabase;

	/** Where the BFF and every domain service take their tokens' issuer and keys from. */
	static List<String> authArgs() {
		return List.of("--huiju.security.issuer=" + auth.url(), "--huiju.security.jwk-set-uri=" + auth.url() + "/oauth2/jwks");
	}

	/** The BFF's base URL of each service, from whatever stands in front of it. */
	static <T> List<String> clientArgs(Map<String, T> endpoints, Function<T, String> url) {
		List<String> args = new ArrayList<>();
		endpoints.forEach((name, endpoint) -> args.add(DomainService.named(name).baseUrlArg(url.apply(endpoint))));
		return args;
	}

	/** This stack's services, reached directly, as BFF arguments. */
	List<String> directClientArgs() {
		return clientArgs(this.services, ServiceProcess::url);
	}

	private static TestStack start(String name, Function<DomainService, List<String>> serviceArgs, List<String> bffArgs) {
		try {
			startAuth();
			// Ports first: a service that asks another (documents asks the directory) is told where it is.
			Map<String, Integer> ports = new LinkedHashMap<>();
			for (DomainService service : DomainService.ALL) {
				ports.put(service.name(), freePort());
			}
			int bffPort = freePort();
			Map<String, ServiceProcess> services = new LinkedHashMap<>();
			for (DomainService service : DomainService.ALL) {
				List<String> args = new ArrayList<>(authArgs());
				ports.forEach((other, port) -> args.add(DomainService.named(other).peerUrlArg("http://localhost:" + port)));
				// read by the big screen: where to announce changes, and a tick short enough for tests to wait on
				args.add("--huiju.bigscreen.notify-url=http://localhost:" + bffPort + "/internal/indicator-changes");
				args.add("--huiju.bigscreen.every=3s");
				args.addAll(serviceArgs.apply(service));
				services.put(service.name(), launch(ServiceProcess.start(name + "-" + service.name(),
						Jars.of(service.module()), ports.get(service.name()), LOGS, args)));
			}
			Map<String, WireMockServer> proxies = proxiesTo(services);
			List<String> args = new ArrayList<>(authArgs());
			args.addAll(clientArgs(proxies, proxy -> "http://localhost:" + proxy.port()));
			Path spool = LOGS.resolve(name + "-audit.spool");
			Files.deleteIfExists(spool);
			// The audit schema starts empty, so its checkpoints start afresh with it.
			Files.deleteIfExists(checkpoints(name));
			args.add("--huiju.audit.instance-id=e2e-" + name);
			args.add("--huiju.audit.spool=" + spool);
			args.add("--huiju.audit.checkpoints=" + checkpoints(name));
			args.addAll(bffArgs);
			ServiceProcess bff = launch(ServiceProcess.start(name + "-bff", Jars.of("bff"), bffPort, LOGS, BLOCKHOUND, args));
			auth.awaitHealthy(Duration.ofSeconds(180));
			for (ServiceProcess service : services.values()) {
				service.awaitHealthy(Duration.ofSeconds(180));
			}
			bff.awaitHealthy(Duration.ofSeconds(180));
			return new TestStack(name, auth.url(), bff, services, proxies);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The authorization server, once, signing with the key of {@link TestTokens}. */
	private static void startAuth() throws IOException {
		if (auth == null) {
			int port = freePort();
			auth = launch(ServiceProcess.start("auth-server", Jars.of("stack/auth-server"), port, LOGS,
					List.of("--huiju.auth.issuer=http://localhost:" + port,
							"--huiju.auth.jwk-set-file=" + TestTokens.writeJwkSet(LOGS.resolve("auth-keys.json")))));
		}
	}

	/** The issuer every stack's tokens name. */
	static String issuer() {
		return auth.url();
	}

	private static Map<String, WireMockServer> proxiesTo(Map<String, ServiceProcess> services) {
		Map<String, WireMockServer> proxies = new LinkedHashMap<>();
		services.forEach((name, service) -> proxies.put(name, proxyTo(service.url())));
		return proxies;
	}

	private static <T> T require(Map<String, T> map, String name) {
		T value = map.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no domain service " + name + " in this stack");
		}
		return value;
	}

	private static ServiceProcess launch(ServiceProcess process) {
		synchronized (RUNNING) {
			if (RUNNING.isEmpty()) {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> ServiceProcess.closeAll(snapshotOfRunning())));
			}
			RUNNING.add(process);
		}
		return process;
	}

	private static List<ServiceProcess> snapshotOfRunning() {
		synchronized (RUNNING) {
			return List.copyOf(RUNNING);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	GraphQl graphQl() {
		return new GraphQl(this.bff.url(), this.authUrl);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
