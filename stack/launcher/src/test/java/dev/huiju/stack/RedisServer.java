package dev.huiju.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis of a test's own (the machine's {@code redis-server}, no persistence) that the test may stop and start
 * again on the same port, as an operator restarting Redis would.
 */
final class RedisServer implements AutoCloseable {

	private final int port;

	private final Path log;

	private Process process;

	RedisServer(int port, Path log) {
		this.port = port;
		this.log = log;
	}

	int port() {
		return this.port;
	}

	RedisServer start() throws IOException, InterruptedException {
		this.process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(this.port), "--bind",
				"127.0.0.1", "--save", "", "--appendonly", "no"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return this;
			}
			catch (IOException notYet) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("redis-server did not listen on " + this.port, notYet);
				}
				Thread.sleep(50);
			}
		}
	}

	void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
			this.process = null;
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
