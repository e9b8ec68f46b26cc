package dev.huiju.stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every BFF of the tests runs with BlockHound ({@link TestStack#BLOCKHOUND}), which fails any blocking call on
 * an event-loop thread and logs it. A mixed workload on both stacks (queries through loaders and the cache,
 * a change, a persisted query, a rate-limited lookup, a refused token) leaves no such call in their logs.
 */
class NoBlockingCallsIntegrationTests {

	@Test
	void noBlockingCallOnAnEventLoopThread() throws Exception {
		for (TestStack stack : new TestStack[] { TestStack.h2(), TestStack.postgres() }) {
			GraphQl gql = stack.graphQl();
			String token = gql.token("chen.jie");
			for (int i = 0; i < 3; i++) {
				gql.run(token, "{ me { person { name phone department { name region { name } } } actingFor { id } } "
						+ "documents(first: 20) { edges { node { title drafter { name } approvers { name } "
						+ "preview { excerpt } revisions { number } } } } person(id: \"li.na\") { idNumber } }");
			}
			gql.run(token, "mutation { draftDocument(input: { kind: MEMO, title: \"无阻塞\", classification: INTERNAL }) "
					+ "{ document { id } } }");
			Map<String, Object> persisted = new HashMap<>();
			persisted.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "00".repeat(32))));
			gql.post(token, persisted);
			gql.exchange("forged", "{ me { clearance } }", Map.of()).expectStatus().isUnauthorized();
			gql.raw(token, org.springframework.http.HttpMethod.POST, org.springframework.http.MediaType.APPLICATION_JSON,
					"{\"query\": ").expectStatus().isBadRequest();
			String log = Files.readString(stack.bff.log(), StandardCharsets.UTF_8);
			assertThat(log).as(stack + " BFF log").contains("BlockHound installed").doesNotContain("BLOCKING CALL");
		}
	}

}
