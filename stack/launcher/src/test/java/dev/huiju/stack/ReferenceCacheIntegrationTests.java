package dev.huiju.stack;

import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People are cached in Redis, shared by every BFF instance; a change made through the BFF drops the entry it
 * made wrong, so the next read, on any instance, sees the change rather than the cached value.
 */
class ReferenceCacheIntegrationTests {

	private static final String MY_PHONE = "{ me { person { phone } } }";

	private static final String UPDATE = """
			mutation($phone: String!) { updateMyContact(input: { phone: $phone }) {
			  person { phone } errors { code field } } }
			""";

	private final TestStack stack = TestStack.postgres();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void aChangeThroughTheBffEvictsTheCachedPerson() {
		String token = this.gql.token("zhou.min");
		assertThat(this.gql.run(token, MY_PHONE).read("$.data.me.person.phone", String.class)).isEqualTo("13800005002");
		try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
				StatefulRedisConnection<String, String> redis = client.connect()) {
			assertThat(redis.sync().get("huiju:cache:people:zhou.min")).isNotNull().doesNotContain("13800005002");
			try {
				DocumentContext changed = this.gql.run(token, UPDATE, Map.of("phone", "13912345678"));
				assertThat(changed.read("$.data.updateMyContact.person.phone", String.class)).isEqualTo("13912345678");
				assertThat(redis.sync().get("huiju:cache:people:zhou.min")).as("evicted").isNull();
				assertThat(this.gql.run(token, MY_PHONE).read("$.data.me.person.phone", String.class))
					.isEqualTo("13912345678");

				DocumentContext refused = this.gql.run(token, UPDATE, Map.of("phone", "not-a-phone"));
				assertThat(refused.read("$.data.updateMyContact.person", Object.class)).isNull();
				assertThat(refused.read("$.data.updateMyContact.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
				assertThat(refused.read("$.data.updateMyContact.errors[0].field[0]", String.class)).isEqualTo("phone");
				assertThat(this.gql.run(token, MY_PHONE).read("$.data.me.person.phone", String.class))
					.isEqualTo("13912345678");
			}
			finally {
				this.gql.run(token, UPDATE, Map.of("phone", "13800005002"));
			}
		}
	}

	@Test
	void redisHoldsNoPhoneOrIdNumberInClear() {
		try (RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
				StatefulRedisConnection<String, String> redis = client.connect()) {
			// Only what this stack writes: entries an older build left behind are not its doing.
			for (String key : redis.sync().keys("huiju:cache:people:*")) {
				redis.sync().del(key);
			}
			String leader = this.gql.token("chen.jie");
			String query = "{ person(id: \"li.na\") { phone idNumber } me { person { phone } } documents(first: 20) { edges { node { drafter { phone } } } } }";
			// The BFF answers people it read in the last few seconds from its own copy: once that has run out,
			// the next read goes through Redis and stores the entry again.
			await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
				this.gql.run(leader, query);
				return redis.sync().get("huiju:cache:people:li.na") != null;
			});
			String phone = this.gql.run(leader, query).read("$.data.person.phone");
			assertThat(phone).as("read in clear by the leader").doesNotContain("*");
			String cached = redis.sync().get("huiju:cache:people:li.na");
			assertThat(cached).as("li.na's cached entry").isNotNull().doesNotContain(phone).doesNotContain("li.na")
				.doesNotContain("1101").doesNotContain("李娜");
			for (String key : redis.sync().keys("huiju:cache:people:*")) {
				String stored = redis.sync().get(key);
				// "<fresh until, epoch ms>|<sealed value>": only the value can hold personal data.
				String value = stored.substring(stored.indexOf('|') + 1);
				assertThat(value).startsWith("s1:").as(key).doesNotContainPattern("1[3-9][0-9]{9}").doesNotContainPattern("[0-9]{17}[0-9X]");
			}
		}
	}

}
