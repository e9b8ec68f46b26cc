package dev.huiju.dining.menus;

import java.time.LocalTime;

/** The meals of a day and when each is served, in the business time zone. */
public enum Meal {

	BREAKFAST(LocalTime.of(7, 0), LocalTime.of(9, 0)),
	LUNCH(LocalTime.of(11, 0), LocalTime.of(13, 0)),
	DINNER(LocalTime.of(17, 0), LocalTime.of(19, 0));

	private final LocalTime serves;

	private final LocalTime ends;

	Meal(LocalTime serves, LocalTime ends) {
		this.serves = serves;
		this.ends = ends;
	}

	public LocalTime serves() {
		return this.serves;
	}

	public LocalTime ends() {
		return this.ends;
	}

	/** Whether a canteen open over these hours serves this meal. */
	public boolean within(LocalTime opensAt, LocalTime closesAt) {
		return !this.serves.isBefore(opensAt) && !this.ends.isAfter(closesAt);
	}

}
