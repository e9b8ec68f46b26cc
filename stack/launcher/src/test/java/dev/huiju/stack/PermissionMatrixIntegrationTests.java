package dev.huiju.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix: for each demo role on each channel, what is visible, masked, denied or refused,
 * through /graphql with real tokens. The rows are data ({@code permissions/matrix.txt}); the operations
 * come from {@code permissions/operations.graphql} and, for the safelisted channels, from the BFF's
 * persisted-operation manifest.
 */
class PermissionMatrixIntegrationTests {

	private static final TestStack STACK = TestStack.h2();

	private static final Map<String, String> OPERATIONS = operations();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static final Map<String, String> PLACEHOLDERS = new ConcurrentHashMap<>();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(doc|draft):([A-Za-z.]+)}");

	static Stream<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = resource("permissions/matrix.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
				assertThat(cells).as(line).hasSize(5);
				rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void holds(Row row) {
		String query = OPERATIONS.get(row.operation());
		assertThat(query).as("operation " + row.operation()).isNotNull();
		DocumentContext answer = STACK.graphQl().run(token(row.user(), row.channel()), resolve(query));
		Map<String, Object> whole = answer.read("$");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) whole.getOrDefault("errors", List.of());
		String expectation = row.expectation();
		if (expectation.startsWith("refused")) {
			String code = expectation.equals("refused") ? "PERMISSION_DENIED" : expectation.substring(7).trim();
			assertThat(whole.get("data")).as("data of a refused operation").isNull();
			assertThat(answer.read("$.errors[0].extensions.code", String.class)).isEqualTo(code);
			return;
		}
		Object value = valueAt(answer, row.path());
		if (expectation.equals("denied") || expectation.startsWith("code ")) {
			String code = expectation.equals("denied") ? "PERMISSION_DENIED" : expectation.substring(5).trim();
			assertThat(value).as("value at " + row.path()).isNull();
			assertThat(errors).as("errors").anySatisfy(error -> {
				assertThat(((Map<?, ?>) error.get("extensions")).get("code")).isEqualTo(code);
				assertThat(((List<?>) error.get("path")).stream().map(String::valueOf).toList())
					.isEqualTo(pathOf(row.path()));
			});
			return;
		}
		if (expectation.startsWith("= ")) {
			assertThat(String.valueOf(value)).as(row.path() + " in " + answer.jsonString())
				.isEqualTo(expectation.substring(2).trim());
		}
		else if (expectation.equals("present")) {
			assertThat(value).as(row.path() + " in " + answer.jsonString()).isNotNull();
		}
		else if (expectation.equals("masked")) {
			assertThat(value).as(row.path() + " in " + answer.jsonString()).isNotNull();
			assertThat(String.valueOf(value)).contains("*");
		}
		else if (expectation.startsWith("excludes ") || expectation.startsWith("includes ")) {
			assertThat(value).as(row.path() + " in " + answer.jsonString()).isInstanceOf(List.class);
			List<String> values = ((List<?>) value).stream().map(String::valueOf).toList();
			assertThat(values).isNotEmpty();
			List<String> named = List.of(expectation.substring(9).trim().split(","));
			if (expectation.startsWith("excludes ")) {
				assertThat(values).doesNotContainAnyElementsOf(named);
			}
			else {
				assertThat(values).containsAll(named);
			}
		}
		else {
			throw new IllegalArgumentException("unknown expectation " + expectation);
		}
	}

	private static Object valueAt(DocumentContext answer, String path) {
		try {
			return answer.read("$.data." + path);
		}
		catch (PathNotFoundException ex) {
			return null;
		}
	}

	/** "departmentPeople[0].phone" as GraphQL writes an error's path: [departmentPeople, 0, phone]. */
	private static List<String> pathOf(String path) {
		List<String> elements = new ArrayList<>();
		for (String part : path.split("\\.")) {
			Matcher indexed = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(part);
			if (indexed.matches()) {
				elements.add(indexed.group(1));
				elements.add(indexed.group(2));
			}
			else {
				elements.add(part);
			}
		}
		return elements;
	}

	private static String token(String user, String channel) {
		String client = channel.toLowerCase().replace('_', '-');
		return TOKENS.computeIfAbsent(user + "@" + client, key -> STACK.graphQl().token(user, client));
	}

	/** Replaces {doc:LEVEL} and {draft:USER} with ids of demo documents, found as their readers see them. */
	private static String resolve(String query) {
		Matcher matcher = PLACEHOLDER.matcher(query);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String id = PLACEHOLDERS.computeIfAbsent(matcher.group(), key -> find(matcher.group(1), matcher.group(2)));
			matcher.appendReplacement(resolved, id);
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

	private static String find(String kind, String which) {
		if (kind.equals("doc")) {
			DocumentContext all = STACK.graphQl()
				.run(token("chen.jie", "WEB_PORTAL"),
						"{ documents(first: 200) { edges { node { id classification status } } } }");
			List<String> ids = all.read("$.data.documents.edges[?(@.node.classification == '" + which
					+ "' && @.node.status != 'DRAFT')].node.id");
			assertThat(ids).as("a demo document classified " + which).isNotEmpty();
			return ids.get(0);
		}
		DocumentContext drafts = STACK.graphQl()
			.run(token(which, "WEB_PORTAL"),
					"{ documents(filter: { status: [DRAFT] }, first: 100) { edges { node { id drafter { id } } } } }");
		List<String> ids = drafts.read("$.data.documents.edges[?(@.node.drafter.id == '" + which + "')].node.id");
		assertThat(ids).as("a draft of " + which).isNotEmpty();
		return ids.get(0);
	}

	private static Map<String, String> operations() {
		Map<String, String> operations = new HashMap<>();
		try (InputStream in = resource("permissions/operations.graphql")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String block : text.split("\n\\s*\n")) {
				String body = block.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n").trim();
				if (body.isEmpty()) {
					continue;
				}
				Matcher name = Pattern.compile("^(?:query|mutation)\\s+(\\w+)").matcher(body);
				assertThat(name.find()).as(body).isTrue();
				operations.put(name.group(1), body);
			}
			String manifest = Files.readString(Jars.root().resolve("bff/src/main/resources/persisted-operations.json"));
			List<Map<String, Object>> persisted = JsonPath.read(manifest, "$.operations");
			for (Map<String, Object> operation : persisted) {
				operations.put((String) operation.get("name"), (String) operation.get("query"));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return operations;
	}

	private static InputStream resource(String name) {
		return Objects.requireNonNull(PermissionMatrixIntegrationTests.class.getClassLoader().getResourceAsStream(name),
				name);
	}

	record Row(String user, String channel, String operation, String path, String expectation) {

		@Override
		public String toString() {
			return this.user + " on " + this.channel + ": " + this.operation + " " + this.path + " " + this.expectation;
		}

	}

}
