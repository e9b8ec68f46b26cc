package dev.huiju.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff directory is not for bulk copying: past the per-user allowance, counted in Redis, lookups are
 * refused with RATE_LIMITED and a time to retry, while other users and other fields go on.
 */
class DirectoryRateLimitIntegrationTests {

	private static final String LOOKUP = "{ person(id: \"li.na\") { name } me { clearance } }";

	private final TestStack stack = TestStack.postgres();

	@Test
	void lookupsPastTheAllowanceAreRefusedPerUserAndCountedInRedis() {
		forgetCounts("wang.fang");
		GraphQl gql = this.stack.graphQl();
		String copier = gql.token("wang.fang");
		List<DocumentContext> answers = new ArrayList<>();
		DocumentContext refused = null;
		// A window may turn during the run, so allow two windows' worth before calling it broken.
		for (int i = 0; i < 2 * TestStack.DIRECTORY_LIMIT + 1 && refused == null; i++) {
			DocumentContext answer = gql.run(copier, LOOKUP);
			answers.add(answer);
			if (answer.read("$.data.person") == null) {
				refused = answer;
			}
		}
		assertThat(refused).as("a refusal within " + (2 * TestStack.DIRECTORY_LIMIT + 1) + " lookups").isNotNull();
		assertThat(answers.size()).isGreaterThan(TestStack.DIRECTORY_LIMIT / 2);
		assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMITED");
		assertThat(refused.read("$.errors[0].path[0]", String.class)).isEqualTo("person");
		assertThat(refused.read("$.errors[0].extensions.retryAfterSeconds", Integer.class)).isBetween(1, 60);
		assertThat(refused.read("$.data.me.clearance", String.class)).as("the rest of the response").isEqualTo("SECRET");

		DocumentContext someoneElse = gql.run(gql.token("liu.yang"), LOOKUP);
		assertThat(someoneElse.read("$.data.person.name", String.class)).isEqualTo("李娜");

		try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
				StatefulRedisConnection<String, String> redis = client.connect()) {
			Set<String> keys = Set.copyOf(redis.sync().keys("huiju:rate:directory:wang.fang:*"));
			assertThat(keys).isNotEmpty();
			long counted = keys.stream().mapToLong(key -> Long.parseLong(redis.sync().get(key))).sum();
			assertThat(counted).isGreaterThanOrEqualTo(TestStack.DIRECTORY_LIMIT + 1);
			assertThat(redis.sync().ttl(keys.iterator().next())).as("expires with its window").isBetween(0L, 60L);
		}
	}

	/** Redis outlives a run: counts a run made in the same window would otherwise start this one refused. */
	private static void forgetCounts(String user) {
		try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
				StatefulRedisConnection<String, String> redis = client.connect()) {
			redis.sync().keys("huiju:rate:directory:" + user + ":*").forEach(redis.sync()::del);
		}
	}

}
