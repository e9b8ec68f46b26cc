package dev.huiju.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Serves the recorded mappings of the directory (8081) and documents (8082) services, so a front end or
 * the BFF can run without the real services: {@code java -jar mocks/target/huiju-mocks-*-exec.jar}.
 */
public final class MockServer {

	/** The services that have mappings, each under {@code wiremock/<service>/mappings} on the classpath. */
	public static final String DIRECTORY = "directory";

	public static final String DOCUMENTS = "documents";

	private MockServer() {
	}

	/** Starts the mappings of one service on the given port (0 for any free port). */
	public static WireMockServer start(String service, int port) {
		var config = options().usingFilesUnderClasspath("wiremock/" + service);
		WireMockServer server = new WireMockServer((port == 0) ? config.dynamicPort() : config.port(port));
		server.start();
		return server;
	}

	public static void main(String[] args) {
		int directoryPort = (args.length > 0) ? Integer.parseInt(args[0]) : 8081;
		int documentsPort = (args.length > 1) ? Integer.parseInt(args[1]) : 8082;
		WireMockServer directory = start(DIRECTORY, directoryPort);
		WireMockServer documents = start(DOCUMENTS, documentsPort);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			directory.stop();
			documents.stop();
		}));
		System.out.printf("huiju mocks: directory on %d, documents on %d%n", directory.port(), documents.port());
	}

}
