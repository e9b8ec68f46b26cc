package dev.huiju.service.support;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its next request on a kept-alive connection as soon as it has read the last answer gets
 * every answer. Here the requests alternate between the health check, answered once the database has answered,
 * and a request without a token, refused at once: with Reactor Netty 1.3's defaults the connection stopped being
 * read within the first few hundred, and the request waited until the client gave up (without
 * {@code dev.huiju.access.ReactorNettyServerDefaults}: dozens of 2,000 unanswered; with it, none of 20,000).
 */
@SpringBootTest(classes = KeptAliveConnectionIntegrationTests.Service.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptAliveConnectionIntegrationTests {

	private static final int REQUESTS = 2000;

	@LocalServerPort
	int port;

	@Test
	void everyRequestSentAsSoonAsTheLastAnswerIsReadIsAnswered() throws IOException {
		byte[] refused = ("GET /anything HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] health = ("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		List<Integer> unanswered = new ArrayList<>();
		Socket socket = open();
		try {
			for (int i = 0; i < REQUESTS; i++) {
				try {
					OutputStream out = socket.getOutputStream();
					out.write((i % 2 == 0) ? health : refused);
					out.flush();
					assertThat(readAnswer(socket.getInputStream())).startsWith((i % 2 == 0) ? "HTTP/1.1 200" : "HTTP/1.1 401");
				}
				catch (SocketTimeoutException ex) {
					unanswered.add(i);
					if (unanswered.size() == 3) {
						break;
					}
					socket.close();
					socket = open();
				}
			}
		}
		finally {
			socket.close();
		}
		assertThat(unanswered).as("requests not answered within 2 s").isEmpty();
	}

	private Socket open() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(2000);
		socket.setTcpNoDelay(true);
		return socket;
	}

	/** The status line; the head is read to its end and the body by its length. */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int c = in.read();
			if (c < 0) {
				throw new EOFException("connection closed after " + head);
			}
			head.append((char) c);
		}
		int length = 0;
		for (String line : head.toString().split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		in.readNBytes(length);
		return head.substring(0, head.indexOf("\r\n"));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Service {

	}

}
