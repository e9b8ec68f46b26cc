package dev.huiju.mocks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Serves the recorded mappings of every service in {@code wiremock/services.properties}, each on its port of
 * the local stack, so a front end or the BFF can run without the real services:
 * {@code java -jar mocks/target/huiju-mocks-*-exec.jar [service=port ...]}. Like the real services, the mocks
 * answer 401 to a request without a bearer token.
 */
public final class MockServer {

	private MockServer() {
	}

	/** Every service with mappings, and its default port, in the order of the file. */
	public static Map<String, Integer> services() {
		try (InputStream in = MockServer.class.getResourceAsStream("/wiremock/services.properties")) {
			if (in == null) {
				throw new IllegalStateException("no wiremock/services.properties on the classpath");
			}
			Map<String, Integer> services = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					String[] pair = entry.split("=", 2);
					services.put(pair[0].strip(), Integer.parseInt(pair[1].strip()));
				}
			}
			return services;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the mappings of one service on the given port (0 for any free port). */
	public static WireMockServer start(String service, int port) {
		var config = options().usingFilesUnderClasspath("wiremock/" + service);
		WireMockServer server = new WireMockServer((port == 0) ? config.dynamicPort() : config.port(port));
		server.start();
		return server;
	}

	public static void main(String[] args) {
		Map<String, Integer> ports = services();
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !ports.containsKey(pair[0])) {
				throw new IllegalArgumentException("expected service=port with a service of " + ports.keySet() + ": " + arg);
			}
			ports.put(pair[0], Integer.parseInt(pair[1]));
		}
		List<WireMockServer> running = new ArrayList<>();
		ports.forEach((service, port) -> {
			WireMockServer server = start(service, port);
			running.add(server);
			System.out.printf("huiju mocks: %s on %d%n", service, server.port());
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(WireMockServer::stop)));
	}

}
