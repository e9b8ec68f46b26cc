package dev.huiju.stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries for the web portal and the mobile app, shared through Redis; the safelisted
 * mini-program runs only the manifest, by hash or by text.
 */
class PersistedQueriesIntegrationTests {

	private final TestStack stack = TestStack.postgres();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void aQueryRegisteredByOneClientRunsByHashForAnother() throws Exception {
		String query = "query Apq { me { clearance } run" + System.nanoTime() + ": me { channel } }";
		String hash = sha256(query);
		String web = this.gql.token("zhang.wei");

		DocumentContext unknown = this.gql.post(web, byHash(hash));
		assertThat(unknown.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.read("$.errors[0].message", String.class)).isEqualTo("PersistedQueryNotFound");
		assertThat(unknown.read("$.extensions.watermark.text", String.class)).startsWith("张伟 ");

		Map<String, Object> register = byHash(hash);
		register.put("query", query);
		assertThat(this.gql.post(web, register).read("$.data.me.clearance", String.class)).isEqualTo("INTERNAL");
		try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
				StatefulRedisConnection<String, String> redis = client.connect()) {
			assertThat(redis.sync().get("huiju:apq:" + hash)).isEqualTo(query);
		}

		DocumentContext byHashOnMobile = this.gql.post(this.gql.token("li.na", "mobile-app"), byHash(hash));
		assertThat(byHashOnMobile.read("$.data.me.clearance", String.class)).isEqualTo("SECRET");

		DocumentContext onMiniProgram = this.gql.post(this.gql.token("ma.xiaoli", "mini-program"), byHash(hash));
		assertThat(onMiniProgram.read("$.errors[0].extensions.code", String.class))
			.as("registered queries are not for the safelisted channels")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aMutationRunsOnceWhetherSentWithItsTextOrByHash() throws Exception {
		String title = "持久化查询-" + System.nanoTime();
		String mutation = "mutation { draftDocument(input: { kind: MEMO, title: \"" + title
				+ "\", classification: INTERNAL }) { document { id } errors { code } } }";
		String clerk = this.gql.token("zhang.wei");
		Map<String, Object> withText = byHash(sha256(mutation));
		withText.put("query", mutation);
		assertThat(this.gql.post(clerk, withText).read("$.data.draftDocument.errors", java.util.List.class)).isEmpty();
		assertThat(this.gql.post(clerk, byHash(sha256(mutation))).read("$.data.draftDocument.errors",
				java.util.List.class)).isEmpty();
		assertThat(this.gql.run(clerk, "query($t: String) { documents(filter: { title: $t }) { edges { node { id } } } }",
				Map.of("t", title)).read("$.data.documents.edges", java.util.List.class)).hasSize(2);
	}

	@Test
	void aHashThatDoesNotMatchItsTextIsRefused() throws Exception {
		Map<String, Object> request = byHash(sha256("{ me { channel } }"));
		request.put("query", "{ me { clearance } }");
		DocumentContext answer = this.gql.post(this.gql.token("zhang.wei"), request);
		assertThat(answer.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(answer.read("$", Map.class)).doesNotContainKey("data");
	}

	@Test
	void theMiniProgramRunsManifestOperationsByHashAndNothingElse() throws Exception {
		String manifest = Files.readString(Jars.root().resolve("bff/src/main/resources/persisted-operations.json"));
		java.util.List<String> queries = JsonPath.read(manifest, "$.operations[?(@.name == 'MiniProgramMe')].query");
		String me = queries.get(0);
		String citizen = this.gql.token("ma.xiaoli", "mini-program");

		DocumentContext byHash = this.gql.post(citizen, byHash(sha256(me)));
		assertThat(byHash.read("$.data.me.channel", String.class)).isEqualTo("MINI_PROGRAM");

		String other = "query Sneaky { me { clearance roles } }";
		Map<String, Object> withText = byHash(sha256(other));
		withText.put("query", other);
		DocumentContext refused = this.gql.post(citizen, withText);
		assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERMISSION_DENIED");
		assertThat(refused.read("$", Map.class)).doesNotContainKey("data");
		assertThat(this.gql.post(citizen, byHash(sha256(other))).read("$.errors[0].extensions.code", String.class))
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	private static Map<String, Object> byHash(String hash) {
		Map<String, Object> request = new HashMap<>();
		request.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		return request;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
