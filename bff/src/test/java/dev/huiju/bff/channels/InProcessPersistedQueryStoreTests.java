package dev.huiju.bff.channels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessPersistedQueryStoreTests {

	@Test
	void aFloodOfDistinctQueriesStaysWithinTheCapacity() {
		InProcessPersistedQueryStore store = new InProcessPersistedQueryStore(500);
		for (int i = 0; i < 5_000; i++) {
			store.save("hash" + i, "{ q" + i + " }").block();
		}
		assertThat(store.size()).isLessThanOrEqualTo(500);
		assertThat(store.find("hash4999").block()).isEqualTo("{ q4999 }");
	}

}
