package dev.huiju.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.huiju.mocks.MockServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the mocks honest: every recorded WireMock mapping is replayed against the real service (the H2
 * stack, seeded with the same demo data the mappings were recorded from) with a token of the person it was
 * recorded for, or none where the mapping is the refusal of a request without one, and the real answer must
 * have the mapping's status and the same JSON shape: the same fields, of the same types, all the way down.
 */
class MockDriftIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TestFactory
	Stream<DynamicTest> everyMappingMatchesWhatTheRealServiceAnswers() throws IOException {
		TestStack stack = TestStack.h2();
		List<DynamicTest> tests = new ArrayList<>();
		assertThat(MockServer.services().keySet()).as("services with mocks, and the stack's domain services")
			.containsExactlyElementsOf(DomainService.ALL.stream().map(DomainService::name).toList());
		for (String service : MockServer.services().keySet()) {
			String baseUrl = stack.service(service).url();
			Resource[] mappings = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:wiremock/" + service + "/mappings/*.json");
			assertThat(mappings).isNotEmpty();
			for (Resource mapping : mappings) {
				tests.add(DynamicTest.dynamicTest(service + "/" + mapping.getFilename(), () -> replay(baseUrl, mapping)));
			}
		}
		return tests.stream();
	}

	private static void replay(String baseUrl, Resource resource) throws Exception {
		JsonNode mapping;
		try (InputStream in = resource.getInputStream()) {
			mapping = JSON.readTree(in);
		}
		JsonNode request = mapping.get("request");
		JsonNode response = mapping.get("response");
		JsonNode metadata = mapping.path("metadata");
		String path = request.has("urlPath") ? request.get("urlPath").asString() : metadata.get("replayPath").asString();
		// A query of today's figures is replayed for today ({today}), when the demo data has some.
		String url = baseUrl + path + (metadata.has("replayQuery")
				? "?" + metadata.get("replayQuery").asString().replace("{today}", LocalDate.now(ZONE).toString())
				: query(request, response.get("jsonBody")));
		HttpRequest.Builder real = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
		if (metadata.has("machine")) {
			// recorded for a machine's client-credentials token with these scopes (the big screen's)
			real.header("Authorization", "Bearer " + TestTokens.machine("bigscreen", metadata.get("machine").asString()));
		}
		else if (!metadata.path("anonymous").asBoolean(false)) {
			// The mapping asks for a bearer token; the real service gets one of the person the mapping was recorded for.
			String actor = metadata.has("actor") ? metadata.get("actor").asString() : "admin.sys";
			real.header("Authorization", "Bearer " + TestTokens.person(actor, "web-portal", "CONFIDENTIAL"));
		}
		if (request.has("headers")) {
			for (Map.Entry<String, JsonNode> header : request.get("headers").properties()) {
				if (header.getValue().has("equalTo")) {
					real.header(header.getKey(), header.getValue().get("equalTo").asString());
				}
			}
		}
		String body = request.has("bodyPatterns") ? JSON.writeValueAsString(request.get("bodyPatterns").get(0).get("equalToJson")) : null;
		if (body != null) {
			real.header("Content-Type", "application/json");
		}
		String method = request.get("method").asString();
		real.method(method.equals("ANY") ? "GET" : method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> answer = HTTP.send(real.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).as("status of " + url).isEqualTo(response.get("status").asInt());
		List<String> drift = new ArrayList<>();
		compareShape("$", response.get("jsonBody"), JSON.readTree(answer.body()), drift);
		assertThat(drift).as("fields where the mock differs from the real answer of " + url).isEmpty();
	}

	/** Exact query values are replayed as they are; a wildcard asks for the ids the mock answers with. */
	private static String query(JsonNode request, JsonNode mockBody) {
		if (!request.has("queryParameters")) {
			return "";
		}
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, JsonNode> param : request.get("queryParameters").properties()) {
			JsonNode matcher = param.getValue();
			String value = matcher.has("equalTo") ? matcher.get("equalTo").asString()
					: StreamSupport.stream(mockBody.spliterator(), false).map(item -> item.get("id").asString())
						.collect(Collectors.joining(","));
			pairs.add(param.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
		return "?" + String.join("&", pairs);
	}

	private static void compareShape(String path, JsonNode mock, JsonNode real, List<String> drift) {
		if (mock == null || real == null || mock.isNull() || real.isNull()) {
			return;
		}
		if (mock.getNodeType() != real.getNodeType()) {
			drift.add(path + ": mock has " + mock.getNodeType() + ", service has " + real.getNodeType());
			return;
		}
		if (mock.isObject()) {
			var mockFields = mock.propertyNames();
			var realFields = real.propertyNames();
			if (!mockFields.equals(realFields)) {
				drift.add(path + ": mock fields " + mockFields + ", service fields " + realFields);
			}
			for (String field : mockFields) {
				compareShape(path + "." + field, mock.get(field), real.get(field), drift);
			}
		}
		else if (mock.isArray() && !real.isEmpty()) {
			for (int i = 0; i < mock.size(); i++) {
				compareShape(path + "[" + i + "]", mock.get(i), real.get(0), drift);
			}
		}
	}

}
