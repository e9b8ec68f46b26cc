package dev.huiju.meetings.rooms;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.meetings.rooms.Utilisation.BuildingUse;
import dev.huiju.meetings.rooms.Utilisation.RoomUse;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Utilisation per room and building; the booked time is summed by the database, one query for all rooms. */
@Service
public class RoomUsage {

	/** A year and a day: enough for any report, small enough to stay one cheap query. */
	static final int MAX_DAYS = 366;

	private static final String BOOKED = """
			SELECT r.id, r.name, r.building, r.opens_at, r.closes_at,
			       COALESCE(SUM(EXTRACT(EPOCH FROM (LEAST(m.ends_at, :to) - GREATEST(m.starts_at, :from)))), 0) AS booked_seconds
			FROM room r
			LEFT JOIN meeting m ON m.room_id = r.id AND m.status <> 'CANCELLED' AND m.starts_at < :to AND m.ends_at > :from
			GROUP BY r.id, r.name, r.building, r.opens_at, r.closes_at
			ORDER BY r.building, r.id
			""";

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	RoomUsage(DatabaseClient db, BusinessCalendar calendar) {
		this.db = db;
		this.calendar = calendar;
	}

	/** From the start of {@code from} to the end of {@code to}, both days included. */
	public Mono<Utilisation> between(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			return Mono.error(DomainException.badInput("to", "the range must end on or after the day it starts"));
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > MAX_DAYS) {
			return Mono.error(DomainException.badInput("to", "the range is at most " + MAX_DAYS + " days"));
		}
		OffsetDateTime start = this.calendar.startOf(from);
		OffsetDateTime end = this.calendar.startOf(to.plusDays(1));
		return this.db.sql(BOOKED)
			.bind("from", start)
			.bind("to", end)
			.map((row, meta) -> {
				long bookable = days * Duration.between(row.get("opens_at", LocalTime.class),
						row.get("closes_at", LocalTime.class)).toMinutes();
				long booked = Math.round(((Number) row.get("booked_seconds")).doubleValue() / 60);
				return new RoomUse(row.get("id", Long.class), row.get("name", String.class),
						row.get("building", String.class), booked, bookable, Utilisation.ratio(booked, bookable));
			})
			.all()
			.collectList()
			.map(rooms -> new Utilisation(from, to, rooms, buildings(rooms)));
	}

	private static List<BuildingUse> buildings(List<RoomUse> rooms) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (RoomUse room : rooms) {
			long[] sum = sums.computeIfAbsent(room.building(), b -> new long[2]);
			sum[0] += room.bookedMinutes();
			sum[1] += room.bookableMinutes();
		}
		List<BuildingUse> buildings = new ArrayList<>();
		sums.forEach((building, sum) -> buildings.add(new BuildingUse(building, sum[0], sum[1], Utilisation.ratio(sum[0], sum[1]))));
		return buildings;
	}

}
