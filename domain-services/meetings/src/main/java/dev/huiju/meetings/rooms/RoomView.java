package dev.huiju.meetings.rooms;

import java.time.LocalTime;
import java.util.List;

/**
 * A room as callers see it.
 *
 * @param opensAt the start of its bookable hours each day, in the business time zone
 * @param closesAt the end of its bookable hours
 * @param closures its out-of-service periods that have not ended
 */
public record RoomView(long id, String name, String building, int floor, int capacity, List<String> equipment,
		LocalTime opensAt, LocalTime closesAt, List<Closure> closures) {

	public record Closure(java.time.OffsetDateTime startsAt, java.time.OffsetDateTime endsAt, String reason) {
	}

}
