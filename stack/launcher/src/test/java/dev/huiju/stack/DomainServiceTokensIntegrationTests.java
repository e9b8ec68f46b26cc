package dev.huiju.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain services reached directly, as an attacker on their network would: only a token the
 * authorization server issued for huiju, unexpired and signed by its key, opens them, and then the token
 * names the actor, their clearance and their channel; headers name nobody.
 */
class DomainServiceTokensIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final TestStack stack = TestStack.h2();

	@TestFactory
	Stream<DynamicTest> everyServiceRefusesEveryTokenButAValidOneForHuiju() {
		return DomainService.ALL.stream().flatMap(service -> {
			String url = this.stack.service(service.name()).url() + service.probe();
			return Stream.of(
					DynamicTest.dynamicTest(service.name() + ": no token", () -> assertUnauthenticated(get(url, null))),
					DynamicTest.dynamicTest(service.name() + ": another key",
							() -> assertUnauthenticated(get(url, TestTokens.otherKey("li.na", "web-portal", "SECRET")))),
					DynamicTest.dynamicTest(service.name() + ": expired",
							() -> assertUnauthenticated(get(url, TestTokens.expired("li.na", "web-portal", "SECRET")))),
					DynamicTest.dynamicTest(service.name() + ": another audience", () -> assertUnauthenticated(
							get(url, TestTokens.ofAudience("reports", "li.na", "web-portal", "SECRET")))),
					DynamicTest.dynamicTest(service.name() + ": a valid token", () -> assertThat(
							get(url, TestTokens.person("li.na", "web-portal", "SECRET")).statusCode()).isEqualTo(200)),
					DynamicTest.dynamicTest(service.name() + ": health stays open",
							() -> assertThat(get(this.stack.service(service.name()).url() + "/actuator/health", null)
								.statusCode()).isEqualTo(200)));
		});
	}

	@Test
	void forgedHeadersAreIgnoredAndTheTokensClearanceApplies() {
		String clerk = this.stack.graphQl().token("zhang.wei");
		HttpResponse<String> list = send(HttpRequest.newBuilder(documents("/documents?limit=1000"))
			.header("Authorization", "Bearer " + clerk)
			.header("X-Acting-User", "li.na")
			.header("X-Clearance", "CONFIDENTIAL")
			.header("X-Region", "city"));
		assertThat(list.statusCode()).isEqualTo(200);
		List<String> levels = JsonPath.read(list.body(), "$.items[*].classification");
		assertThat(levels).isNotEmpty().allMatch(level -> level.equals("PUBLIC") || level.equals("INTERNAL"));

		String secretId = firstIdOf("SECRET");
		HttpResponse<String> one = send(HttpRequest.newBuilder(documents("/documents?ids=" + secretId))
			.header("Authorization", "Bearer " + clerk)
			.header("X-Clearance", "CONFIDENTIAL"));
		assertThat(JsonPath.<String>read(one.body(), "$[0].classification")).isEqualTo("SECRET");
		assertThat(JsonPath.<Object>read(one.body(), "$[0].title")).isNull();
		assertThat(JsonPath.<Object>read(one.body(), "$[0].body")).isNull();
	}

	@Test
	void aCitizensMiniProgramTokenRelayedToTheDocumentsServiceSeesOnlyPublicDocuments() {
		String citizen = this.stack.graphQl().token("ma.xiaoli", "mini-program");
		HttpResponse<String> list = get(documents("/documents?limit=1000").toString(), citizen);
		assertThat(list.statusCode()).isEqualTo(200);
		List<String> levels = JsonPath.read(list.body(), "$.items[*].classification");
		assertThat(levels).isNotEmpty().containsOnly("PUBLIC");

		HttpResponse<String> internal = get(documents("/documents?ids=" + firstIdOf("INTERNAL")).toString(), citizen);
		assertThat(JsonPath.<Object>read(internal.body(), "$[0].title")).isNull();
		assertThat(get(documents("/revisions?documentIds=" + firstIdOf("INTERNAL")).toString(), citizen).body())
			.isEqualTo("[]");
	}

	@Test
	void aLeaderOnTheMiniProgramReadsNoHigherThanTheChannelAllows() {
		String leader = this.stack.graphQl().token("chen.jie", "mini-program");
		HttpResponse<String> list = get(documents("/documents?limit=1000").toString(), leader);
		assertThat(JsonPath.<List<String>>read(list.body(), "$.items[*].classification")).containsOnly("PUBLIC");
	}

	@Test
	void aDashboardTokenReachesNoPersonInTheDirectory() {
		String dashboard = this.stack.graphQl().token("chen.jie", "dashboard");
		String directory = this.stack.service("directory").url();
		HttpResponse<String> people = get(directory + "/people?ids=li.na,zhang.wei", dashboard);
		assertThat(people.statusCode()).isEqualTo(403);
		assertThat(JsonPath.<String>read(people.body(), "$.code")).isEqualTo("PERMISSION_DENIED");
		assertThat(people.body()).doesNotContain("李娜");
		assertThat(get(directory + "/people/li.na", dashboard).statusCode()).isEqualTo(403);
		assertThat(get(directory + "/people?departmentId=dept-office", dashboard).statusCode()).isEqualTo(403);
		assertThat(get(directory + "/departments", dashboard).statusCode()).isEqualTo(200);
	}

	@Test
	void aMachineTokenHasItsScopeAndNoPersonsRights() {
		String machine = clientCredentials("bigscreen", "dev-bigscreen-secret", "statistics:read");
		assertThat(get(this.stack.service("directory").url() + "/people?ids=li.na", machine).statusCode()).isEqualTo(403);
		HttpResponse<String> list = get(documents("/documents?limit=1000").toString(), machine);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(list.body(), "$.items[*].classification")).containsOnly("PUBLIC");
		HttpResponse<String> draft = send(HttpRequest.newBuilder(documents("/documents"))
			.header("Authorization", "Bearer " + machine)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"OUTGOING\",\"title\":\"t\",\"body\":\"b\","
					+ "\"classification\":\"PUBLIC\",\"departmentId\":\"dept-office\"}")));
		assertThat(draft.statusCode()).isEqualTo(403);
	}

	private String firstIdOf(String level) {
		String admin = TestTokens.person("admin.sys", "web-portal", "CONFIDENTIAL");
		HttpResponse<String> all = get(documents("/documents?limit=1000").toString(), admin);
		List<Object> ids = JsonPath.read(all.body(), "$.items[?(@.classification == '" + level + "')].id");
		assertThat(ids).as("demo documents classified " + level).isNotEmpty();
		return String.valueOf(ids.get(0));
	}

	private URI documents(String path) {
		return URI.create(this.stack.service("documents").url() + path);
	}

	private String clientCredentials(String clientId, String secret, String scope) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(this.stack.authUrl + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return JsonPath.read(token.body(), "$.access_token");
	}

	private static void assertUnauthenticated(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JsonPath.<String>read(response.body(), "$.code")).isEqualTo("UNAUTHENTICATED");
		assertThat(response.body()).doesNotContain("title").doesNotContain("name");
	}

	private static HttpResponse<String> get(String url, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
