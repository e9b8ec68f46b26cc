package dev.huiju.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real server (PostgreSQL), so that a test can take the server away from a client
 * and give it back: {@link #cut()} closes every connection and refuses new ones, {@link #restore()} accepts
 * again on the same port.
 */
final class TcpProxy implements AutoCloseable {

	private final int port;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private volatile boolean frozen;

	TcpProxy(int port, String targetHost, int targetPort) {
		this.port = port;
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		restore();
	}

	int port() {
		return this.port;
	}

	synchronized void restore() {
		if (this.server != null) {
			return;
		}
		// A connection accepted just before the cut holds the port until its acceptor sees the cut and closes it.
		for (int attempt = 1;; attempt++) {
			ServerSocket socket = null;
			try {
				socket = new ServerSocket();
				socket.setReuseAddress(true);
				socket.bind(new InetSocketAddress("127.0.0.1", this.port));
				this.server = socket;
				break;
			}
			catch (java.net.BindException ex) {
				closeQuietly(socket);
				if (attempt == 50) {
					throw new UncheckedIOException(ex);
				}
				java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		ServerSocket accepting = this.server;
		Thread acceptor = new Thread(() -> accept(accepting), "tcp-proxy-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Keeps connections open but passes no byte on until {@link #thaw()}: a server that stopped answering. */
	void freeze() {
		this.frozen = true;
	}

	void thaw() {
		this.frozen = false;
	}

	synchronized void cut() {
		if (this.server == null) {
			return;
		}
		closeQuietly(this.server);
		this.server = null;
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
	}

	@Override
	public void close() {
		cut();
	}

	private void accept(ServerSocket accepting) {
		while (!accepting.isClosed()) {
			try {
				Socket client = accepting.accept();
				Socket target = new Socket(this.targetHost, this.targetPort);
				// A connection accepted just before a cut would otherwise outlive it, and the client keep its database.
				synchronized (this) {
					if (this.server != accepting) {
						closeQuietly(client);
						closeQuietly(target);
						return;
					}
					this.open.add(client);
					this.open.add(target);
				}
				pump(client, target);
				pump(target, client);
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					while (this.frozen && !from.isClosed()) {
						Thread.sleep(20);
					}
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ended) {
				// either side closed
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ignored) {
			// already closed
		}
	}

}
