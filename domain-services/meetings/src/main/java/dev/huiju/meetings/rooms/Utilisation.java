package dev.huiju.meetings.rooms;

import java.time.LocalDate;
import java.util.List;

/**
 * How much the rooms were booked over a range of days: booked minutes (cancelled meetings excluded, meetings
 * clipped to the range) against bookable minutes (each day's bookable hours).
 */
public record Utilisation(LocalDate from, LocalDate to, List<RoomUse> rooms, List<BuildingUse> buildings) {

	public record RoomUse(long roomId, String name, String building, long bookedMinutes, long bookableMinutes,
			double ratio) {
	}

	public record BuildingUse(String building, long bookedMinutes, long bookableMinutes, double ratio) {
	}

	static double ratio(long booked, long bookable) {
		return (bookable == 0) ? 0 : Math.round(booked * 10_000.0 / bookable) / 10_000.0;
	}

}
