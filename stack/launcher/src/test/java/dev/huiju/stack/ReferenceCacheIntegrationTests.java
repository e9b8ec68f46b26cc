package dev.huiju.stack;

import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
			assertThat(redis.sync().get("huiju:cache:people:zhou.min")).contains("13800005002");
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

}
