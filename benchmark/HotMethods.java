import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods of a JFR recording: {@code java benchmark/HotMethods.java <file.jfr> [n]}. For each
 * execution sample, the method on top of the stack ("self") and every huiju method on the stack ("total", once
 * per sample), as shares of all samples; and where the allocation samples' bytes were allocated (the first frame
 * outside the JDK, and every huiju method on the stack). Run by benchmark/run.sh when it records the BFF.
 * {@code java benchmark/HotMethods.java <file.jfr> [n] <method>} also prints who calls a method on top of the stack
 * (the first frame outside the JDK below it), which is where a flat profile's JDK frames come from.
 */
public class HotMethods {

	public static void main(String[] args) throws IOException {
		int n = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		String traced = (args.length > 2) ? args[2] : null;
		Map<String, Integer> callers = new HashMap<>();
		int tracedSamples = 0;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> huiju = new HashMap<>();
		Map<String, Long> allocatedBySite = new HashMap<>();
		Map<String, Long> allocatedByHuiju = new HashMap<>();
		long allocated = 0;
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (event.getEventType().getName().equals("jdk.ObjectAllocationSample") && event.getStackTrace() != null) {
				long weight = event.getLong("weight");
				allocated += weight;
				List<RecordedFrame> frames = event.getStackTrace().getFrames();
				frames.stream().map(HotMethods::name).filter(m -> !m.matches("^(java|javax|jdk|sun)\\..*")).findFirst()
					.ifPresent(site -> allocatedBySite.merge(site, weight, Long::sum));
				frames.stream().map(HotMethods::name).filter(m -> m.startsWith("dev.huiju")).distinct()
					.forEach(m -> allocatedByHuiju.merge(m, weight, Long::sum));
				continue;
			}
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0)), 1, Integer::sum);
			if (traced != null && name(frames.get(0)).equals(traced)) {
				tracedSamples++;
				frames.stream().map(HotMethods::name).filter(m -> !m.matches("^(java|javax|jdk|sun)\\..*")).findFirst()
					.ifPresent(caller -> callers.merge(caller, 1, Integer::sum));
			}
			frames.stream().map(HotMethods::name).filter(m -> m.startsWith("dev.huiju")).distinct()
				.forEach(m -> huiju.merge(m, 1, Integer::sum));
		}
		System.out.println("execution samples: " + samples);
		print("self (top of stack)", self, samples, n);
		print("huiju methods on the stack (total)", huiju, samples, n);
		System.out.printf("%nallocation samples: %d MB in all%n", allocated / 1_048_576);
		print("allocating site (first frame outside the JDK)", allocatedBySite, allocated, n);
		print("huiju methods on the allocating stack (total)", allocatedByHuiju, allocated, n);
		if (traced != null) {
			print("callers of " + traced + " (first frame outside the JDK; shares of its " + tracedSamples
					+ " samples)", callers, tracedSamples, n);
		}
	}

	private static <V extends Number> void print(String title, Map<String, V> counts, long total, int n) {
		System.out.println("\n" + title);
		counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().longValue(), a.getValue().longValue()))
			.limit(n)
			.forEach(e -> System.out.printf("%6.2f%%  %s%n", 100.0 * e.getValue().longValue() / total, e.getKey()));
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}
