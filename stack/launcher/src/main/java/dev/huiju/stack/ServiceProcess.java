package dev.huiju.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One service of the stack running as its own JVM, from its executable jar, with its output in a log file.
 * Each service keeps its own classpath, as it would in production.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private ServiceProcess(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/** Starts {@code jar} with the given Spring Boot arguments; the port is passed as {@code --server.port}. */
	public static ServiceProcess start(String name, Path jar, int port, Path logDir, List<String> args)
			throws IOException {
		return start(name, jar, port, logDir, List.of(), args);
	}

	/** The same, with options for the JVM itself (system properties, flags). */
	public static ServiceProcess start(String name, Path jar, int port, Path logDir, List<String> jvmOptions,
			List<String> args) throws IOException {
		return start(name, jar, port, logDir, Footprint.SMALL, jvmOptions, args);
	}

	/** The same, with the JVM's footprint chosen. */
	public static ServiceProcess start(String name, Path jar, int port, Path logDir, Footprint footprint,
			List<String> jvmOptions, List<String> args) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("no executable jar for " + name + " at " + jar + "; build first");
		}
		Files.createDirectories(logDir);
		Path log = logDir.resolve(name + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(footprint.flags());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		command.addAll(args);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
		return new ServiceProcess(name, port, log, process);
	}

	/** Waits until {@code /actuator/health} answers 200, failing early if the process dies. */
	public void awaitHealthy(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(this.name + " did not become healthy within " + timeout + "; see " + this.log);
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

	public Path log() {
		return this.log;
	}

	@Override
	public void close() {
		closeAll(java.util.List.of(this));
	}

	/**
	 * Stops every process at once and waits for them together, at most 10 s in all, then kills what is left.
	 * One by one, a stack of twenty processes each given 10 s outlasted the 30 s a test JVM has to exit, and
	 * the processes not yet stopped were left running after it.
	 */
	public static void closeAll(java.util.Collection<ServiceProcess> processes) {
		processes.forEach(process -> process.process.destroy());
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		try {
			for (ServiceProcess process : processes) {
				long left = Math.max(0, deadline - System.nanoTime());
				if (!process.process.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
					process.process.destroyForcibly();
				}
			}
		}
		catch (InterruptedException ex) {
			processes.forEach(process -> process.process.destroyForcibly());
			Thread.currentThread().interrupt();
		}
	}

}
