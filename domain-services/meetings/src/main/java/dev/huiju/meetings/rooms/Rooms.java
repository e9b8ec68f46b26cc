package dev.huiju.meetings.rooms;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.meetings.Grouping;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Reads rooms: all of them, by ids, and those free for a time window. */
@Service
public class Rooms {

	private static final String COLUMNS = "r.id, r.name, r.building, r.floor, r.capacity, r.opens_at, r.closes_at";

	private static final String FREE = """
			SELECT %s FROM room r
			WHERE r.capacity >= :seats AND r.opens_at <= :startTime AND r.closes_at >= :endTime
			  AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.room_id = r.id AND m.status <> 'CANCELLED'
			                  AND m.starts_at < :to AND m.ends_at > :from)
			  AND NOT EXISTS (SELECT 1 FROM room_closure c WHERE c.room_id = r.id
			                  AND c.starts_at < :to AND c.ends_at > :from)
			""".formatted(COLUMNS);

	private static final String HAS_EQUIPMENT = """
			  AND (SELECT COUNT(*) FROM room_equipment e WHERE e.room_id = r.id AND e.equipment IN (:equipment)) = :wanted
			""";

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	private final Clock clock;

	Rooms(DatabaseClient db, BusinessCalendar calendar, Clock clock) {
		this.db = db;
		this.calendar = calendar;
		this.clock = clock;
	}

	public Mono<List<RoomView>> all() {
		return views(this.db.sql("SELECT " + COLUMNS + " FROM room r ORDER BY r.building, r.floor, r.name"));
	}

	/** The rooms of these ids that exist, in the order of their ids. */
	public Mono<List<RoomView>> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return views(this.db.sql("SELECT " + COLUMNS + " FROM room r WHERE r.id IN (:ids) ORDER BY r.id").bind("ids", ids));
	}

	/**
	 * The rooms free for the whole window, with at least {@code seats} seats and all of {@code equipment},
	 * smallest first: open at those hours, not closed, not booked.
	 */
	public Mono<List<RoomView>> free(OffsetDateTime from, OffsetDateTime to, int seats, Collection<Equipment> equipment) {
		if (from == null || to == null || !from.isBefore(to)) {
			return Mono.error(DomainException.badInput("to", "the window must end after it starts"));
		}
		ZonedDateTime localStart = from.atZoneSameInstant(this.calendar.zone());
		ZonedDateTime localEnd = to.atZoneSameInstant(this.calendar.zone());
		if (!localStart.toLocalDate().equals(localEnd.toLocalDate())) {
			return Mono.error(DomainException.badInput("to", "the window must lie within one day"));
		}
		if (seats < 1 || seats > 10_000) {
			return Mono.error(DomainException.badInput("seats", "seats must be between 1 and 10000"));
		}
		String sql = FREE + (equipment.isEmpty() ? "" : HAS_EQUIPMENT) + " ORDER BY r.capacity, r.id";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql)
			.bind("seats", seats)
			.bind("startTime", localStart.toLocalTime())
			.bind("endTime", localEnd.toLocalTime())
			.bind("from", from)
			.bind("to", to);
		if (!equipment.isEmpty()) {
			spec = spec.bind("equipment", equipment.stream().map(Enum::name).distinct().toList())
				.bind("wanted", equipment.stream().distinct().count());
		}
		return views(spec);
	}

	private Mono<List<RoomView>> views(DatabaseClient.GenericExecuteSpec spec) {
		return spec.map((row, meta) -> new Row(row.get("id", Long.class), row.get("name", String.class),
				row.get("building", String.class), row.get("floor", Integer.class), row.get("capacity", Integer.class),
				row.get("opens_at", LocalTime.class), row.get("closes_at", LocalTime.class)))
			.all()
			.collectList()
			.flatMap(this::withDetails);
	}

	/** Equipment and the closures that have not ended, two queries for the whole list. */
	private Mono<List<RoomView>> withDetails(List<Row> rows) {
		if (rows.isEmpty()) {
			return Mono.just(List.of());
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Mono<Map<Long, List<String>>> equipment = this.db
			.sql("SELECT room_id, equipment FROM room_equipment WHERE room_id IN (:ids) ORDER BY equipment")
			.bind("ids", ids)
			.map((row, meta) -> Map.entry(row.get("room_id", Long.class), row.get("equipment", String.class)))
			.all()
			.collect(Grouping.byParent());
		Mono<Map<Long, List<RoomView.Closure>>> closures = this.db
			.sql("SELECT room_id, starts_at, ends_at, reason FROM room_closure WHERE room_id IN (:ids) AND ends_at > :now"
					+ " ORDER BY starts_at")
			.bind("ids", ids)
			.bind("now", OffsetDateTime.now(this.clock))
			.map((row, meta) -> Map.entry(row.get("room_id", Long.class),
					new RoomView.Closure(row.get("starts_at", OffsetDateTime.class), row.get("ends_at", OffsetDateTime.class),
							row.get("reason", String.class))))
			.all()
			.collect(Grouping.byParent());
		// One after the other: one connection at a time per request.
		return equipment.flatMap(kit -> closures.map(closed -> {
			List<RoomView> views = new ArrayList<>();
			for (Row r : rows) {
				views.add(new RoomView(r.id, r.name, r.building, r.floor, r.capacity, kit.getOrDefault(r.id, List.of()),
						r.opensAt, r.closesAt, closed.getOrDefault(r.id, List.of())));
			}
			return views;
		}));
	}


	private record Row(Long id, String name, String building, Integer floor, Integer capacity, LocalTime opensAt,
			LocalTime closesAt) {
	}

}
