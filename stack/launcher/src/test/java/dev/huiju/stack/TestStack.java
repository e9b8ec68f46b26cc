package dev.huiju.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A whole stack for the end-to-end tests, started once per test JVM from the executable jars: the
 * authorization server (shared), directory, documents and the BFF, on free ports. The BFF reaches the
 * directory through a WireMock proxy, so tests can count the calls and inject faults; without an
 * injected fault every request reaches the real directory.
 */
final class TestStack {

	private static final Path LOGS = Jars.root().resolve("stack/launcher/target/e2e-logs");

	private static final List<ServiceProcess> RUNNING = new ArrayList<>();

	private static ServiceProcess auth;

	private static TestStack h2;

	private static TestStack postgres;

	private static TestStack faulty;

	/** With {@link #faulty()}: the WireMock proxy in front of the documents service. */
	WireMockServer documentsProxy;

	final String name;

	final String authUrl;

	final WireMockServer directoryProxy;

	final ServiceProcess bff;

	final ServiceProcess directory;

	final ServiceProcess documents;

	private TestStack(String name, String authUrl, WireMockServer directoryProxy, ServiceProcess bff,
			ServiceProcess directory, ServiceProcess documents) {
		this.directory = directory;
		this.documents = documents;
		this.name = name;
		this.authUrl = authUrl;
		this.directoryProxy = directoryProxy;
		this.bff = bff;
	}

	/**
	 * A BFF of its own over the H2 stack's services, both behind WireMock proxies for fault injection, with
	 * tight settings: directory calls time out after {@value #FAULTY_TIMEOUT_MS} ms and are tried 3 times, a
	 * breaker opens after 4 calls of which half failed and half-opens after 2 s, people and departments are
	 * fresh in the cache for 1 s.
	 */
	static synchronized TestStack faulty() {
		if (faulty == null) {
			TestStack services = h2();
			WireMockServer documentsProxy = proxyTo(services.documents.url());
			WireMockServer directoryProxy = proxyTo(services.directory.url());
			List<String> args = new ArrayList<>(List.of("--huiju.security.issuer=" + auth.url(),
					"--huiju.security.jwk-set-uri=" + auth.url() + "/oauth2/jwks",
					"--huiju.clients.services.directory.base-url=http://localhost:" + directoryProxy.port(),
					"--huiju.clients.services.directory.timeout=" + FAULTY_TIMEOUT_MS + "ms",
					"--huiju.clients.services.documents.base-url=http://localhost:" + documentsProxy.port(),
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
				faulty = new TestStack("faulty", auth.url(), directoryProxy, bff, services.directory, services.documents);
				faulty.documentsProxy = documentsProxy;
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

	/** Domain services on H2 in memory, documents seeded with the demo data. */
	static synchronized TestStack h2() {
		if (h2 == null) {
			// Without the cache, so that every query's directory calls can be counted.
			h2 = start("h2", List.of(), List.of("--spring.profiles.active=demo"), List.of("--huiju.clients.caching=false"));
		}
		return h2;
	}

	/**
	 * Domain services on PostgreSQL at 127.0.0.1:5432, in schemas of their own that are migrated afresh; the
	 * BFF keeps its rate limits in Redis at 127.0.0.1:6379, with an allowance of {@value #DIRECTORY_LIMIT}
	 * directory lookups a minute.
	 */
	static synchronized TestStack postgres() {
		if (postgres == null) {
			List<String> common = List.of("--spring.profiles.active=postgres", "--huiju.db.clean-on-start=true");
			List<String> directory = new ArrayList<>(common);
			directory.add("--huiju.db.schema=directory_e2e");
			List<String> documents = new ArrayList<>(common);
			documents.add("--huiju.db.schema=documents_e2e");
			try {
				auditDatabase = new TcpProxy(freePort(), "127.0.0.1", 5432);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			postgres = start("postgres", directory, documents, List.of("--huiju.redis.enabled=true",
					"--huiju.rate-limits.buckets.directory.limit=" + DIRECTORY_LIMIT, "--spring.profiles.active=postgres",
					"--huiju.pg.port=" + auditDatabase.port(), "--huiju.audit.schema=" + AUDIT_SCHEMA,
					"--huiju.audit.clean-on-start=true", "--spring.flyway.clean-disabled=false"));
		}
		return postgres;
	}

	static final int DIRECTORY_LIMIT = 30;

	/** The schema of the PostgreSQL stack's audit trail, which the BFF reaches through {@link #auditDatabase}. */
	static final String AUDIT_SCHEMA = "audit_e2e";

	/** The relay between the PostgreSQL stack's BFF and its audit database, to take the database away. */
	static TcpProxy auditDatabase;

	private static TestStack start(String name, List<String> directoryArgs, List<String> documentsArgs,
			List<String> bffArgs) {
		try {
			if (auth == null) {
				int port = freePort();
				auth = launch(ServiceProcess.start("auth-server", Jars.of("stack/auth-server"), port, LOGS,
						List.of("--huiju.auth.issuer=http://localhost:" + port)));
			}
			ServiceProcess directory = launch(ServiceProcess.start(name + "-directory",
					Jars.of("domain-services/directory"), freePort(), LOGS, directoryArgs));
			ServiceProcess documents = launch(ServiceProcess.start(name + "-documents",
					Jars.of("domain-services/documents"), freePort(), LOGS, documentsArgs));
			WireMockServer proxy = proxyTo(directory.url());
			List<String> args = new ArrayList<>(List.of("--huiju.security.issuer=" + auth.url(),
					"--huiju.security.jwk-set-uri=" + auth.url() + "/oauth2/jwks",
					"--huiju.clients.services.directory.base-url=http://localhost:" + proxy.port(),
					"--huiju.clients.services.documents.base-url=" + documents.url()));
			Path spool = LOGS.resolve(name + "-audit.spool");
			Files.deleteIfExists(spool);
			args.add("--huiju.audit.instance-id=e2e-" + name);
			args.add("--huiju.audit.spool=" + spool);
			args.addAll(bffArgs);
			ServiceProcess bff = launch(ServiceProcess.start(name + "-bff", Jars.of("bff"), freePort(), LOGS, BLOCKHOUND, args));
			for (ServiceProcess service : List.of(auth, directory, documents, bff)) {
				service.awaitHealthy(Duration.ofSeconds(180));
			}
			return new TestStack(name, auth.url(), proxy, bff, directory, documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ServiceProcess launch(ServiceProcess process) {
		synchronized (RUNNING) {
			if (RUNNING.isEmpty()) {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ServiceProcess::close)));
			}
			RUNNING.add(process);
		}
		return process;
	}

	private static int freePort() throws IOException {
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
