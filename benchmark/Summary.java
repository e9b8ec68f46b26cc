import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Gatling report (its statistics table) and the run's own measurements into one results file:
 * {@code java benchmark/Summary.java <report dir ...> <key=value ...> > results.json}. Run by benchmark/run.sh.
 */
public class Summary {

	private static final String[] COLUMNS = { "count", "ok", "ko", "koPercent", "rps", "min", "p50", "p90", "p95",
			"p99", "max", "mean", "stddev" };

	public static void main(String[] args) throws IOException {
		Pattern row = Pattern.compile("<tr id=\"(req|group)_[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
		Pattern name = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
		Pattern value = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
		Map<String, Map<String, String>> requests = new LinkedHashMap<>();
		List<String> extras = new ArrayList<>();
		Map<String, Map<String, String>> phases = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("phases=")) {
				phases = phases(Path.of(arg.substring("phases=".length())));
				continue;
			}
			if (arg.contains("=")) {
				extras.add(arg);
				continue;
			}
			String html = Files.readString(Path.of(arg, "index.html"));
			Matcher rows = row.matcher(html);
			while (rows.find()) {
			Matcher n = name.matcher(rows.group(2));
			if (!n.find()) {
				continue;
			}
			Map<String, String> figures = new LinkedHashMap<>();
			Matcher v = value.matcher(rows.group(2));
			while (v.find()) {
				int column = Integer.parseInt(v.group(1)) - 2;
				if (column >= 0 && column < COLUMNS.length) {
					figures.put(COLUMNS[column], v.group(2).replace(",", ""));
				}
			}
			requests.put(n.group(1).trim(), figures);
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add("{");
		for (String extra : extras) {
			String[] pair = extra.split("=", 2);
			lines.add("  \"" + pair[0] + "\": " + quoteUnlessNumber(pair[1]) + ",");
		}
		lines.add("  \"requests\": {");
		List<String> entries = new ArrayList<>();
		requests.forEach((request, figures) -> {
			StringBuilder entry = new StringBuilder("    \"" + request + "\": {");
			List<String> parts = new ArrayList<>();
			figures.forEach((k, v) -> parts.add("\"" + k + "\": " + quoteUnlessNumber(v)));
			entries.add(entry.append(String.join(", ", parts)).append("}").toString());
		});
		lines.add(String.join(",\n", entries));
		lines.add("  },");
		lines.add("  \"phases\": {");
		List<String> accounts = new ArrayList<>();
		phases.forEach((phase, figures) -> {
			List<String> parts = new ArrayList<>();
			figures.forEach((k, v) -> parts.add("\"" + k + "\": " + quoteUnlessNumber(v)));
			accounts.add("    \"" + phase + "\": {" + String.join(", ", parts) + "}");
		});
		lines.add(String.join(",\n", accounts));
		lines.add("  }");
		lines.add("}");
		System.out.println(String.join("\n", lines));
	}

	/**
	 * The CPU account of each phase (benchmark/target/phases.csv, written by the simulations' Phases): users,
	 * screens, screens per second, and per screen each process's CPU milliseconds, their sum over all processes and
	 * the BFF's allocated KB. {@code java benchmark/Summary.java phases=<file>} prints it alone.
	 */
	private static Map<String, Map<String, String>> phases(Path file) throws IOException {
		Map<String, Map<String, String>> phases = new LinkedHashMap<>();
		if (!Files.exists(file)) {
			return phases;
		}
		Map<String, Double> allProcesses = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file)) {
			String[] f = line.split(",");
			if (f.length < 6) {
				continue;
			}
			long screens = Long.parseLong(f[2]);
			double seconds = Double.parseDouble(f[3]);
			Map<String, String> figures = phases.computeIfAbsent(f[0], name -> {
				Map<String, String> fresh = new LinkedHashMap<>();
				fresh.put("users", f[1]);
				fresh.put("screens", f[2]);
				fresh.put("perSecond", String.format(java.util.Locale.ROOT, "%.1f", (seconds > 0) ? screens / seconds : 0));
				return fresh;
			});
			double value = Double.parseDouble(f[5]);
			if (f[4].equals("bff jit")) {
				figures.put("bffJitElapsedMsPerScreen", String.format(java.util.Locale.ROOT, "%.2f", (screens > 0) ? value / screens : 0));
			}
			else if (f[4].equals("bff allocated bytes")) {
				figures.put("bffAllocatedKbPerScreen", String.format(java.util.Locale.ROOT, "%.1f", (screens > 0) ? value / 1024 / screens : 0));
			}
			else {
				figures.put("cpuMsPerScreen " + f[4], String.format(java.util.Locale.ROOT, "%.2f", (screens > 0) ? value / screens : 0));
				allProcesses.merge(f[0], (screens > 0) ? value / screens : 0, Double::sum);
			}
		}
		allProcesses.forEach((phase, ms) -> phases.get(phase)
			.put("cpuMsPerScreen all processes", String.format(java.util.Locale.ROOT, "%.2f", ms)));
		return phases;
	}

	private static String quoteUnlessNumber(String value) {
		return value.matches("-?[0-9]+(\\.[0-9]+)?") ? value : "\"" + value.replace("\"", "'") + "\"";
	}

}
