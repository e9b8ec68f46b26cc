package dev.huiju.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClearanceTests {

	@Test
	void eachLevelCoversItselfAndTheLevelsBelowIt() {
		assertThat(Clearance.PUBLIC.andBelow()).containsExactly(Clearance.PUBLIC);
		assertThat(Clearance.INTERNAL.andBelow()).containsExactly(Clearance.PUBLIC, Clearance.INTERNAL);
		assertThat(Clearance.SECRET.andBelow()).containsExactly(Clearance.PUBLIC, Clearance.INTERNAL, Clearance.SECRET);
		assertThat(Clearance.CONFIDENTIAL.andBelow()).containsExactly(Clearance.PUBLIC, Clearance.INTERNAL,
				Clearance.SECRET, Clearance.CONFIDENTIAL);
		assertThat(Clearance.SECRET.covers(Clearance.CONFIDENTIAL)).isFalse();
		assertThat(Clearance.SECRET.covers(null)).isFalse();
	}

	@Test
	void ranksAreExplicitAndStrictlyIncreasingInTheOrderOfTheStandard() {
		assertThat(Clearance.PUBLIC.rank()).isLessThan(Clearance.INTERNAL.rank());
		assertThat(Clearance.INTERNAL.rank()).isLessThan(Clearance.SECRET.rank());
		assertThat(Clearance.SECRET.rank()).isLessThan(Clearance.CONFIDENTIAL.rank());
	}

	@Test
	void aCapOnlyEverLowers() {
		assertThat(Clearance.CONFIDENTIAL.atMost(Clearance.PUBLIC)).isEqualTo(Clearance.PUBLIC);
		assertThat(Clearance.INTERNAL.atMost(Clearance.SECRET)).isEqualTo(Clearance.INTERNAL);
		assertThat(Clearance.INTERNAL.atMost(null)).isEqualTo(Clearance.INTERNAL);
	}

	@Test
	void onlyExactNamesParse() {
		assertThat(Clearance.parse("SECRET")).contains(Clearance.SECRET);
		assertThat(Clearance.parse("secret")).isEmpty();
		assertThat(Clearance.parse(" SECRET")).isEmpty();
		assertThat(Clearance.parse(null)).isEmpty();
	}

}
