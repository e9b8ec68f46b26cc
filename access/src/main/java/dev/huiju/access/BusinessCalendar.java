package dev.huiju.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Dates as the people using huiju count them: "today", "overdue" and a date filter's day boundaries are
 * those of the business time zone ({@code huiju.time-zone}, Asia/Shanghai by default), not of the server's
 * clock (UTC). Between 00:00 and 08:00 in Shanghai, UTC still says yesterday.
 */
public record BusinessCalendar(Clock clock, ZoneId zone) {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public BusinessCalendar {
		zone = (zone != null) ? zone : DEFAULT_ZONE;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** The instant a day begins in the business time zone. */
	public OffsetDateTime startOf(LocalDate date) {
		return date.atStartOfDay(this.zone).toOffsetDateTime();
	}

}
