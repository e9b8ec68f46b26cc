package dev.huiju.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;

/**
 * The ports of a stack that something already listens on. A service that cannot bind its port dies, while the
 * launcher's health check is answered by whatever holds the port, so a second stack would report itself up on the
 * first one's processes: the launcher checks before it starts anything.
 */
final class TakenPorts {

	private TakenPorts() {
	}

	static List<Integer> of(Collection<Integer> ports) {
		return ports.stream().filter(TakenPorts::taken).toList();
	}

	private static boolean taken(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
