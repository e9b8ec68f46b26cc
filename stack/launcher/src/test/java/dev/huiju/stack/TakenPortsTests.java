package dev.huiju.stack;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TakenPortsTests {

	@Test
	void aPortSomethingListensOnIsTakenAndAFreedOneIsNot() throws Exception {
		int port;
		try (ServerSocket listening = new ServerSocket(0)) {
			port = listening.getLocalPort();
			assertThat(TakenPorts.of(List.of(port))).containsExactly(port);
		}
		assertThat(TakenPorts.of(List.of(port))).isEmpty();
	}

}
