package dev.huiju.meetings.booking;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.meetings.booking.Booked.Busy;
import dev.huiju.meetings.booking.BookingRequest.AgendaRequest;
import dev.huiju.meetings.meeting.MeetingQueries;
import dev.huiju.meetings.meeting.MeetingStatus;
import dev.huiju.meetings.meeting.MeetingView;
import dev.huiju.meetings.meeting.Reply;
import dev.huiju.meetings.meeting.Viewer;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The changes of meetings, each in one transaction that locks what it decides on (the room for a booking,
 * the meeting otherwise) and checks every rule before it writes. On PostgreSQL an exclusion constraint
 * also keeps a room from being booked twice, whatever writes; its refusal is answered like the check's.
 * The meeting is read back after the commit, so the lock is held only for the checks and the writes.
 */
@Service
public class Booking {

	private static final String ROOM_OVERLAP = """
			SELECT id, starts_at, ends_at FROM meeting
			WHERE room_id = :room AND status <> 'CANCELLED' AND starts_at < :endsAt AND ends_at > :startsAt
			ORDER BY starts_at LIMIT 1
			""";

	private static final String BUSY = """
			SELECT a.person_id, m.id, m.starts_at, m.ends_at FROM attendee a JOIN meeting m ON m.id = a.meeting_id
			WHERE a.person_id IN (:people) AND a.reply IN ('PENDING', 'ACCEPTED') AND m.status <> 'CANCELLED'
			  AND m.id <> :meeting AND m.starts_at < :endsAt AND m.ends_at > :startsAt
			ORDER BY a.person_id, m.starts_at
			""";

	private final DatabaseClient db;

	private final MeetingQueries queries;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Booking(DatabaseClient db, MeetingQueries queries, BusinessCalendar calendar, Clock clock,
			TransactionalOperator transaction) {
		this.transaction = transaction;
		this.db = db;
		this.queries = queries;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Books the room for the organizer; {@code people} (organizer first) have been confirmed by the directory. */
	public Mono<Booked> book(Viewer organizer, BookingRequest request, List<String> people) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Mono<Long> write = lockRoom(request.roomId())
			.flatMap(room -> {
				BookingRules.checkTime(request.startsAt(), request.endsAt(), now, this.calendar.zone(), room.opensAt,
						room.closesAt);
				checkCapacity(room, people.size());
				return checkOpen(room.id, request.startsAt(), request.endsAt())
					.then(checkFree(room.id, request.startsAt(), request.endsAt()));
			})
			.then(insertMeeting(organizer.userId(), request, now))
			.flatMap(id -> insertAttendees(id, organizer.userId(), people, now)
				.then(insertAgenda(id, request.agendaOrEmpty()))
				.thenReturn(id))
			.as(this.transaction::transactional);
		// A booking already committed in the way refuses at once, without queueing on the room's lock; the
		// check under the lock decides the races this one cannot see.
		return checkFree(request.roomId(), request.startsAt(), request.endsAt())
			.then(write)
			.flatMap(id -> booked(id, people, organizer));
	}

	/** Invites more people to a meeting that has not started; those already invited are left as they are. */
	public Mono<Booked> invite(Viewer organizer, long meetingId, List<String> people) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return lockMeeting(meetingId).flatMap(meeting -> {
			requireOrganizer(meeting, organizer);
			requireUpcoming(meeting, now);
			return invited(meetingId).flatMap(already -> {
				List<String> fresh = people.stream().filter(p -> !already.contains(p)).toList();
				return capacity(meeting.roomId)
					.doOnNext(seats -> {
						if (already.size() + fresh.size() > seats) {
							throw DomainException.badInput("attendeeIds", "the room seats " + seats + "; the meeting would have "
									+ (already.size() + fresh.size()) + " people");
						}
					})
					.then(Flux.fromIterable(fresh).concatMap(p -> insertAttendee(meetingId, p, Reply.PENDING, null, now)).then());
			});
		}).as(this.transaction::transactional).then(Mono.defer(() -> booked(meetingId, people, organizer)));
	}

	/** An invitee accepts, declines or sends someone in their place, before the meeting starts. */
	public Mono<MeetingView> reply(Viewer invitee, long meetingId, ReplyRequest request) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return lockMeeting(meetingId).flatMap(meeting -> {
			requireUpcoming(meeting, now);
			if (invitee.userId().equals(meeting.organizerId)) {
				throw DomainException.conflict("the organizer does not reply to their own meeting");
			}
			return replyOf(meetingId, invitee.userId()).switchIfEmpty(Mono.error(
					DomainException.denied("only an invited person replies to a meeting's notice")))
				.flatMap(current -> {
					if (current == Reply.DELEGATED) {
						throw DomainException.conflict("you have sent someone in your place; they reply now");
					}
					Mono<Void> delegate = Mono.empty();
					if (request.reply() == Reply.DELEGATED) {
						delegate = invited(meetingId).flatMap(already -> {
							if (already.contains(request.delegateId())) {
								return Mono.error(DomainException.badInput("delegateId",
										request.delegateId() + " is already invited to this meeting"));
							}
							return insertAttendee(meetingId, request.delegateId(), Reply.PENDING, invitee.userId(), now);
						});
					}
					return delegate.then(this.db.sql("UPDATE attendee SET reply = :reply, replied_at = :now"
							+ " WHERE meeting_id = :meeting AND person_id = :person")
						.bind("reply", request.reply().name())
						.bind("now", now)
						.bind("meeting", meetingId)
						.bind("person", invitee.userId())
						.then());
				});
		}).as(this.transaction::transactional).then(Mono.defer(() -> this.queries.one(meetingId, invitee)));
	}

	/** The organizer cancels a meeting that has not started; the room is free again at once. */
	public Mono<MeetingView> cancel(Viewer organizer, long meetingId) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return lockMeeting(meetingId).flatMap(meeting -> {
			requireOrganizer(meeting, organizer);
			requireUpcoming(meeting, now);
			return this.db.sql("UPDATE meeting SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id")
				.bind("now", now)
				.bind("id", meetingId)
				.then();
		}).as(this.transaction::transactional).then(Mono.defer(() -> this.queries.one(meetingId, organizer)));
	}

	private Mono<Booked> booked(long meetingId, Collection<String> people, Viewer reader) {
		return this.queries.one(meetingId, reader)
			.flatMap(meeting -> busy(meeting, people).map(warnings -> new Booked(meeting, warnings)));
	}

	/** Who of {@code people} is expected at another meeting overlapping this one. */
	private Mono<List<Busy>> busy(MeetingView meeting, Collection<String> people) {
		if (people.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.db.sql(BUSY)
			.bind("people", people)
			.bind("meeting", meeting.id())
			.bind("startsAt", meeting.startsAt())
			.bind("endsAt", meeting.endsAt())
			.map((row, meta) -> new Busy(row.get("person_id", String.class), row.get("id", Long.class),
					row.get("starts_at", OffsetDateTime.class), row.get("ends_at", OffsetDateTime.class)))
			.all()
			.collectList();
	}

	private Mono<RoomRow> lockRoom(long roomId) {
		return this.db.sql("SELECT id, capacity, opens_at, closes_at FROM room WHERE id = :id FOR UPDATE")
			.bind("id", roomId)
			.map((row, meta) -> new RoomRow(row.get("id", Long.class), row.get("capacity", Integer.class),
					row.get("opens_at", LocalTime.class), row.get("closes_at", LocalTime.class)))
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.badInput("roomId", "room " + roomId + " does not exist")));
	}

	private Mono<Integer> capacity(long roomId) {
		return this.db.sql("SELECT capacity FROM room WHERE id = :id").bind("id", roomId)
			.map((row, meta) -> row.get("capacity", Integer.class)).one();
	}

	private static void checkCapacity(RoomRow room, int people) {
		if (people > room.capacity) {
			throw DomainException.badInput("attendeeIds",
					"the room seats " + room.capacity + "; the meeting would have " + people + " people");
		}
	}

	private Mono<Void> checkOpen(long roomId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
		return this.db.sql("SELECT starts_at, ends_at, reason FROM room_closure WHERE room_id = :room"
				+ " AND starts_at < :endsAt AND ends_at > :startsAt ORDER BY starts_at LIMIT 1")
			.bind("room", roomId)
			.bind("startsAt", startsAt)
			.bind("endsAt", endsAt)
			.map((row, meta) -> DomainException.badInput("startsAt", "the room is out of service from "
					+ row.get("starts_at", OffsetDateTime.class) + " to " + row.get("ends_at", OffsetDateTime.class)
					+ ": " + row.get("reason", String.class)))
			.one()
			.flatMap(Mono::error);
	}

	private Mono<Void> checkFree(long roomId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
		return this.db.sql(ROOM_OVERLAP)
			.bind("room", roomId)
			.bind("startsAt", startsAt)
			.bind("endsAt", endsAt)
			.map((row, meta) -> conflict(row.get("id", Long.class), row.get("starts_at", OffsetDateTime.class),
					row.get("ends_at", OffsetDateTime.class)))
			.one()
			.flatMap(Mono::error);
	}

	private static DomainException conflict(long meetingId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
		return DomainException.conflict(
				"the room is already booked by meeting " + meetingId + " from " + startsAt + " to " + endsAt);
	}

	private Mono<Long> insertMeeting(String organizerId, BookingRequest request, OffsetDateTime now) {
		return this.db.sql("INSERT INTO meeting (room_id, organizer_id, title, starts_at, ends_at, status, created_at)"
				+ " VALUES (:room, :organizer, :title, :startsAt, :endsAt, 'BOOKED', :now)")
			.filter(statement -> statement.returnGeneratedValues("id"))
			.bind("room", request.roomId())
			.bind("organizer", organizerId)
			.bind("title", request.title().trim())
			.bind("startsAt", request.startsAt())
			.bind("endsAt", request.endsAt())
			.bind("now", now)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			// Only a write that went around the room's lock gets here; the database keeps the rule all the same.
			.onErrorMap(DataIntegrityViolationException.class, ex -> DomainException.conflict(
					"the room was booked for an overlapping time by another request"));
	}

	private Mono<Void> insertAttendees(long meetingId, String organizerId, List<String> people, OffsetDateTime now) {
		return Flux.fromIterable(people)
			.concatMap(person -> insertAttendee(meetingId, person,
					person.equals(organizerId) ? Reply.ACCEPTED : Reply.PENDING, null, now))
			.then();
	}

	private Mono<Void> insertAttendee(long meetingId, String person, Reply reply, String standsInFor, OffsetDateTime now) {
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("INSERT INTO attendee (meeting_id, person_id, reply,"
				+ " stands_in_for, notified_at, replied_at) VALUES (:meeting, :person, :reply, :standsInFor, :now, :repliedAt)")
			.bind("meeting", meetingId)
			.bind("person", person)
			.bind("reply", reply.name())
			.bind("now", now);
		insert = (standsInFor != null) ? insert.bind("standsInFor", standsInFor) : insert.bindNull("standsInFor", String.class);
		insert = (reply == Reply.PENDING) ? insert.bindNull("repliedAt", OffsetDateTime.class) : insert.bind("repliedAt", now);
		return insert.then();
	}

	private Mono<Void> insertAgenda(long meetingId, List<AgendaRequest> agenda) {
		List<Mono<Void>> inserts = new ArrayList<>();
		for (int i = 0; i < agenda.size(); i++) {
			AgendaRequest item = agenda.get(i);
			int position = i + 1;
			inserts.add(this.db.sql("INSERT INTO agenda_item (meeting_id, position, title, voting)"
					+ " VALUES (:meeting, :position, :title, :voting)")
				.filter(statement -> statement.returnGeneratedValues("id"))
				.bind("meeting", meetingId)
				.bind("position", position)
				.bind("title", item.title().trim())
				.bind("voting", item.voting())
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.flatMap(itemId -> Flux.fromIterable(item.materialIdsOrEmpty().stream().distinct().toList())
					.concatMap(doc -> this.db.sql("INSERT INTO agenda_material (agenda_item_id, document_id) VALUES (:item, :doc)")
						.bind("item", itemId)
						.bind("doc", doc)
						.then())
					.then()));
		}
		return Flux.concat(inserts).then();
	}

	private Mono<MeetingRow> lockMeeting(long meetingId) {
		return this.db.sql("SELECT id, room_id, organizer_id, starts_at, ends_at, status FROM meeting WHERE id = :id FOR UPDATE")
			.bind("id", meetingId)
			.map((row, meta) -> new MeetingRow(row.get("id", Long.class), row.get("room_id", Long.class),
					row.get("organizer_id", String.class), row.get("starts_at", OffsetDateTime.class),
					row.get("ends_at", OffsetDateTime.class), MeetingStatus.valueOf(row.get("status", String.class))))
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("meeting", meetingId)));
	}

	private Mono<List<String>> invited(long meetingId) {
		return this.db.sql("SELECT person_id FROM attendee WHERE meeting_id = :meeting")
			.bind("meeting", meetingId)
			.map((row, meta) -> row.get("person_id", String.class))
			.all()
			.collectList();
	}

	private Mono<Reply> replyOf(long meetingId, String person) {
		return this.db.sql("SELECT reply FROM attendee WHERE meeting_id = :meeting AND person_id = :person")
			.bind("meeting", meetingId)
			.bind("person", person)
			.map((row, meta) -> Reply.valueOf(row.get("reply", String.class)))
			.one();
	}

	private static void requireOrganizer(MeetingRow meeting, Viewer viewer) {
		if (!meeting.organizerId.equals(viewer.userId())) {
			throw DomainException.denied("only the organizer changes a meeting");
		}
	}

	private static void requireUpcoming(MeetingRow meeting, OffsetDateTime now) {
		if (meeting.status == MeetingStatus.CANCELLED) {
			throw DomainException.conflict("meeting " + meeting.id + " is cancelled");
		}
		if (!meeting.startsAt.isAfter(now)) {
			throw DomainException.conflict("meeting " + meeting.id + " has already started");
		}
	}

	private record RoomRow(Long id, Integer capacity, LocalTime opensAt, LocalTime closesAt) {
	}

	record MeetingRow(Long id, Long roomId, String organizerId, OffsetDateTime startsAt, OffsetDateTime endsAt,
			MeetingStatus status) {
	}

}
