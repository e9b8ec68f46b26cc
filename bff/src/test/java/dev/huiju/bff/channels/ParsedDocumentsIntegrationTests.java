package dev.huiju.bff.channels;

import com.netflix.graphql.dgs.DgsDefaultPreparsedDocumentProvider;
import dev.huiju.bff.GraphQlPosts;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Each distinct document is parsed and validated once: the executions go through a cache of parsed documents. */
@SpringBootTest
@AutoConfigureWebTestClient
class ParsedDocumentsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	PreparsedDocumentProvider documents;

	@Test
	void aDocumentRunTwiceIsParsedOnceAndKept() {
		assertThat(this.documents).isInstanceOf(DgsDefaultPreparsedDocumentProvider.class);
		var cache = ((DgsDefaultPreparsedDocumentProvider) this.documents).getCache();
		String query = "query Kept" + System.nanoTime() + " { me { channel } }";
		long before = cache.estimatedSize();
		GraphQlPosts.asClerk(this.http, query).expectStatus().isOk();
		GraphQlPosts.asClerk(this.http, query).expectStatus().isOk();
		cache.cleanUp();
		assertThat(cache.estimatedSize()).isEqualTo(before + 1);
		assertThat(cache.asMap()).containsKey(query);
	}

}
