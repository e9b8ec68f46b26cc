package dev.huiju.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

	/** 01:00 on 2 December in Shanghai, still 1 December in UTC. */
	private static final Clock EARLY_MORNING_IN_SHANGHAI = Clock.fixed(Instant.parse("2026-12-01T17:00:00Z"),
			ZoneOffset.UTC);

	@Test
	void todayIsTheBusinessZonesDayNotTheServersClock() {
		assertThat(new BusinessCalendar(EARLY_MORNING_IN_SHANGHAI, null).today()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(new BusinessCalendar(EARLY_MORNING_IN_SHANGHAI, ZoneId.of("UTC")).today())
			.isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aDayBeginsAtMidnightInTheBusinessZone() {
		assertThat(new BusinessCalendar(EARLY_MORNING_IN_SHANGHAI, null).startOf(LocalDate.of(2026, 12, 2)))
			.isEqualTo(OffsetDateTime.parse("2026-12-02T00:00:00+08:00"));
	}

}
