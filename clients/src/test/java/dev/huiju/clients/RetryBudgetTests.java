package dev.huiju.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBudgetTests {

	@Test
	void aBurstTakesTheReserveThenOneRetryPerTenCalls() {
		RetryBudget budget = new RetryBudget(0.1, 10);
		for (int i = 0; i < 10; i++) {
			assertThat(budget.tryRetry()).as("retry %d of the reserve", i).isTrue();
		}
		assertThat(budget.tryRetry()).isFalse();
		for (int i = 0; i < 9; i++) {
			budget.called();
		}
		assertThat(budget.tryRetry()).isFalse();
		budget.called();
		assertThat(budget.tryRetry()).isTrue();
		assertThat(budget.tryRetry()).isFalse();
	}

	@Test
	void aLongHealthyStretchSavesNoMoreThanTheReserve() {
		RetryBudget budget = new RetryBudget(0.1, 10);
		for (int i = 0; i < 10_000; i++) {
			budget.called();
		}
		int allowed = 0;
		while (budget.tryRetry()) {
			allowed++;
		}
		assertThat(allowed).isEqualTo(10);
	}

}
