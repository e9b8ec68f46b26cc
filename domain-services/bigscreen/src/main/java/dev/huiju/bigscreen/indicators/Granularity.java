package dev.huiju.bigscreen.indicators;

/** The buckets of a history. */
public enum Granularity {

	HOUR("hour", "hour"), DAY("day", "day"), WEEK("week", "ISO_WEEK"), MONTH("month", "month");

	private final String postgres;

	private final String h2;

	Granularity(String postgres, String h2) {
		this.postgres = postgres;
		this.h2 = h2;
	}

	/** The DATE_TRUNC unit: weeks start on Monday on both databases (H2's plain week starts on Sunday). */
	String unit(boolean postgres) {
		return postgres ? this.postgres : this.h2;
	}

}
