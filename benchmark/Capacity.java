import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many calls at once a service answers best at:
 * {@code java benchmark/Capacity.java <name> <url> <token> [concurrency,...] [seconds]}. For each concurrency,
 * that many callers repeat the GET for the given seconds; prints answers per second and the median and 95th
 * percentile latency as {@code capacity <name> c<concurrency> <figure>=<value>} pairs. Throughput stops growing at the service's capacity while latency keeps growing: the
 * knee is the concurrency the BFF's limit for that service should allow (Little's law: the throughput at the
 * knee times the latency at one caller). Run by benchmark/run.sh for each service.
 */
public class Capacity {

	public static void main(String[] args) throws Exception {
		String name = args[0];
		String url = args[1];
		String token = args[2];
		String[] levels = ((args.length > 3) ? args[3] : "1,2,4,8,16,32,64,128").split(",");
		int seconds = (args.length > 4) ? Integer.parseInt(args[4]) : 5;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30)).build();
		for (int i = 0; i < 200; i++) {
			http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		for (String level : levels) {
			int callers = Integer.parseInt(level.trim());
			long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(callers);
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int c = 0; c < callers; c++) {
				results.add(pool.submit(() -> {
					List<Long> times = new ArrayList<>();
					while (System.nanoTime() < until) {
						long started = System.nanoTime();
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(url + " answered " + response.statusCode());
						}
						times.add(System.nanoTime() - started);
					}
					return times;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> result : results) {
				all.addAll(result.get());
			}
			pool.shutdown();
			Collections.sort(all);
			String key = "capacity " + name + " c" + callers;
			System.out.printf("%s perSecond=%.0f%n%s p50Ms=%.1f%n%s p95Ms=%.1f%n", key, all.size() / (double) seconds, key,
					all.get(all.size() / 2) / 1e6, key, all.get(all.size() * 95 / 100) / 1e6);
		}
	}

}
