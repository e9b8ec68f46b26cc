import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many live screens on one BFF:
 * {@code java benchmark/Subscribers.java <bff-url> <leader-token> <publisher-token> <admin-token> [subscribers] [rounds] [bff-pid]}.
 * Opens that many graphql-ws connections (the token in connection_init), each subscribed to one indicator; then,
 * round after round, announces a new value of it to {@code /internal/indicator-changes} as the big screen service
 * does, and times how long each subscriber took to receive it. Prints, as {@code subscribers <figure>=<value>}
 * pairs: connections open, values delivered and lost, delivery latency (p50, p95, max) from the announcement, and
 * the BFF's heap in use with no subscriber and with all of them, each read after a full collection when the BFF's
 * process id is given (through {@code jcmd <pid> GC.run}; on the same machine), so the figures are live data.
 */
public class Subscribers {

	private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.]+(?:[eE][+-]?[0-9]+)?)");

	public static void main(String[] args) throws Exception {
		String bff = args[0];
		String leader = args[1];
		String publisher = args[2];
		String admin = args[3];
		int count = (args.length > 4) ? Integer.parseInt(args[4]) : 500;
		int rounds = (args.length > 5) ? Integer.parseInt(args[5]) : 20;
		String pid = (args.length > 6) ? args[6] : null;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		long heapBefore = heap(http, bff, admin, pid);

		// receipt times of each value, by value
		ConcurrentHashMap<Integer, List<Long>> received = new ConcurrentHashMap<>();
		CountDownLatch acknowledged = new CountDownLatch(count);
		List<WebSocket> sockets = new ArrayList<>();
		URI ws = URI.create(bff.replace("http://", "ws://") + "/graphql/ws");
		for (int i = 0; i < count; i++) {
			Listener listener = new Listener(leader, received, acknowledged);
			sockets.add(http.newWebSocketBuilder().subprotocols("graphql-transport-ws").buildAsync(ws, listener)
				.get(30, TimeUnit.SECONDS));
		}
		boolean all = acknowledged.await(60, TimeUnit.SECONDS);
		System.out.println("subscribers open=" + (count - acknowledged.getCount()) + " of=" + count + " all=" + all);
		Thread.sleep(2000);
		long heapWith = heap(http, bff, admin, pid);

		List<Long> latencies = new ArrayList<>();
		long lost = 0;
		for (int round = 1; round <= rounds; round++) {
			int value = 1000 + round;
			received.put(value, Collections.synchronizedList(new ArrayList<>()));
			long sent = System.nanoTime();
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(bff + "/internal/indicator-changes"))
				.header("Authorization", "Bearer " + publisher).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("[{\"key\":\"bench.subscribers\",\"label\":\"bench\",\"unit\":\"1\","
						+ "\"dimension\":\"DISTRICT\",\"combine\":\"SUM\",\"source\":\"bench\",\"value\":" + value
						+ ",\"members\":1,\"stale\":false}]"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 202) {
				throw new IllegalStateException("announcement refused: " + answer.statusCode() + " " + answer.body());
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (received.get(value).size() < count && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			List<Long> times = new ArrayList<>(received.get(value));
			lost += count - times.size();
			if (times.size() < count) {
				System.out.println("subscribers round=" + round + " delivered=" + times.size());
			}
			times.forEach(at -> latencies.add(at - sent));
			Thread.sleep(250);
		}
		Collections.sort(latencies);
		System.out.printf("subscribers delivered=%d lost=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f%n", latencies.size(), lost,
				ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 1.0));
		System.out.printf("subscribers heap_mb_without=%.1f heap_mb_with=%.1f per_subscriber_kb=%.1f%n", heapBefore / 1e6,
				heapWith / 1e6, (heapWith - heapBefore) / 1e3 / count);
		for (WebSocket socket : sockets) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		}
	}

	private static double ms(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** The BFF's heap in use; after a full collection when its process id is known. */
	private static long heap(HttpClient http, String bff, String admin, String pid) throws Exception {
		if (pid != null) {
			new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		}
		Thread.sleep(1000);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(bff
				+ "/actuator/metrics/jvm.memory.used?tag=area:heap")).header("Authorization", "Bearer " + admin).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher value = VALUE.matcher(answer.body());
		if (answer.statusCode() != 200 || !value.find()) {
			throw new IllegalStateException("no heap figure: " + answer.statusCode() + " " + answer.body());
		}
		return (long) Double.parseDouble(value.group(1));
	}

	/** One screen: graphql-ws handshake, one subscription, the receipt time of each value it hears. */
	private static final class Listener implements WebSocket.Listener {

		private final String token;

		private final ConcurrentHashMap<Integer, List<Long>> received;

		private final CountDownLatch acknowledged;

		private final StringBuilder partial = new StringBuilder();

		private CompletableFuture<WebSocket> sending;

		Listener(String token, ConcurrentHashMap<Integer, List<Long>> received, CountDownLatch acknowledged) {
			this.token = token;
			this.received = received;
			this.acknowledged = acknowledged;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
			if (status != WebSocket.NORMAL_CLOSURE) {
				System.out.println("subscribers closed=" + status + " reason=" + reason);
			}
			return null;
		}

		@Override
		public void onError(WebSocket socket, Throwable error) {
			System.out.println("subscribers error=" + error);
		}

		@Override
		public void onOpen(WebSocket socket) {
			this.sending = socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer "
					+ this.token + "\"}}", true);
			socket.request(1);
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			long at = System.nanoTime();
			this.partial.append(data);
			if (last) {
				String message = this.partial.toString();
				this.partial.setLength(0);
				if (message.contains("\"connection_ack\"")) {
					// one send at a time on a WebSocket: after the previous one has gone
					this.sending = this.sending.thenCompose(previous -> socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\","
							+ "\"payload\":{\"query\":\"subscription { indicatorChanged(keys: [\\\"bench.subscribers\\\"]) { key value } }\"}}",
							true));
					this.sending.whenComplete((sent, failure) -> {
						if (failure != null) {
							System.out.println("subscribers subscribe_failed=" + failure);
						}
						this.acknowledged.countDown();
					});
				}
				else if (message.contains("\"next\"")) {
					Matcher value = VALUE.matcher(message);
					if (value.find()) {
						List<Long> times = this.received.get((int) Double.parseDouble(value.group(1)));
						if (times != null) {
							times.add(at);
						}
					}
				}
				else if (message.contains("\"ping\"")) {
					this.sending = this.sending.thenCompose(previous -> socket.sendText("{\"type\":\"pong\"}", true));
				}
				else {
					System.out.println("subscribers unexpected=" + message);
				}
			}
			socket.request(1);
			return CompletableFuture.completedFuture(null);
		}

	}

}
