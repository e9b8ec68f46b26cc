import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads phase files ({@code -DphasesFile} of LoadCurveSimulation: phase, users, screens, seconds, process, value)
 * and prints one line a phase: screens per second and the CPU milliseconds per screen of the processes that matter
 * for a documents screen, their sum over every process, the BFF's allocation and JIT time.
 * {@code java benchmark/CpuPerScreen.java <phases.csv ...>}
 */
public class CpuPerScreen {

	private static final Set<String> NOT_CPU = Set.of("bff allocated bytes", "bff jit");

	public static void main(String[] args) throws IOException {
		for (String file : args) {
			System.out.println("== " + file);
			Map<String, Map<String, Double>> phases = new LinkedHashMap<>();
			Map<String, double[]> sizes = new LinkedHashMap<>();
			for (String line : Files.readAllLines(Path.of(file))) {
				String[] cells = line.split(",");
				if (cells.length < 6) {
					continue;
				}
				int n = cells.length;
				String phase = String.join(",", java.util.Arrays.copyOf(cells, n - 5));
				phases.computeIfAbsent(phase, p -> new LinkedHashMap<>()).put(cells[n - 2], Double.parseDouble(cells[n - 1]));
				sizes.put(phase, new double[] { Double.parseDouble(cells[n - 4]), Double.parseDouble(cells[n - 3]) });
			}
			phases.forEach((phase, values) -> {
				double screens = sizes.get(phase)[0];
				double seconds = sizes.get(phase)[1];
				double all = values.entrySet().stream().filter(e -> !NOT_CPU.contains(e.getKey()))
					.mapToDouble(Map.Entry::getValue).sum();
				System.out.printf("%-32s n=%6.0f %7.1f/s bff=%5.2f docs=%5.2f dir=%5.2f pg=%5.2f gen=%5.2f all=%5.2f"
						+ " alloc=%5.2fMB jit=%5.1fs%n", phase, screens, screens / seconds, per(values, "bff", screens),
						per(values, "documents", screens), per(values, "directory", screens),
						per(values, "postgres", screens), per(values, "load generator", screens), all / screens,
						values.getOrDefault("bff allocated bytes", 0.0) / screens / 1e6,
						values.getOrDefault("bff jit", 0.0) / 1000);
			});
		}
	}

	private static double per(Map<String, Double> values, String process, double screens) {
		return values.getOrDefault(process, 0.0) / screens;
	}

}
