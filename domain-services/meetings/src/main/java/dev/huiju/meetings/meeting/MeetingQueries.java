package dev.huiju.meetings.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.meetings.Grouping;
import dev.huiju.meetings.meeting.MeetingView.AgendaItem;
import dev.huiju.meetings.meeting.MeetingView.Attendee;
import dev.huiju.meetings.meeting.MeetingView.Minutes;
import dev.huiju.meetings.meeting.MeetingView.Tally;
import dev.huiju.meetings.meeting.MeetingView.Vote;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Reads meetings with their attendees, agenda, materials, votes and minutes: six queries for any number of
 * meetings, never one per meeting.
 */
@Service
public class MeetingQueries {

	/** The most ids, people or items any one call answers. */
	public static final int MAX_BATCH = 1000;

	/** The longest schedule one call answers: a month and a bit, enough for any calendar view. */
	public static final Duration MAX_SCHEDULE = Duration.ofDays(62);

	private static final String MEETING_COLUMNS = "m.id, m.room_id, m.organizer_id, m.title, m.starts_at, m.ends_at, m.status";

	/** Meetings a person is expected at: organizing, or invited and neither declined nor delegated. */
	private static final String SCHEDULE = """
			SELECT a.person_id, m.id FROM meeting m JOIN attendee a ON a.meeting_id = m.id
			WHERE a.person_id IN (:people) AND a.reply IN ('PENDING', 'ACCEPTED') AND m.status <> 'CANCELLED'
			  AND m.starts_at < :to AND m.ends_at > :from
			ORDER BY m.starts_at, m.id
			""";

	private static final String INVITATIONS = """
			SELECT m.id FROM meeting m JOIN attendee a ON a.meeting_id = m.id
			WHERE a.person_id = :person AND a.reply = 'PENDING' AND m.status = 'BOOKED' AND m.starts_at > :now
			ORDER BY m.starts_at, m.id
			""";

	private final DatabaseClient db;

	private final Clock clock;

	MeetingQueries(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<MeetingView> one(long id, Viewer viewer) {
		return byIds(List.of(id), viewer).flatMap(found -> found.isEmpty()
				? Mono.error(DomainException.notFound("meeting", id)) : Mono.just(found.get(0)));
	}

	/** The meetings of these ids that exist, earliest first. */
	public Mono<List<MeetingView>> byIds(Collection<Long> ids, Viewer viewer) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		if (ids.size() > MAX_BATCH) {
			return Mono.error(DomainException.badInput("ids", "at most " + MAX_BATCH + " meetings at once"));
		}
		return this.db.sql("SELECT " + MEETING_COLUMNS + " FROM meeting m WHERE m.id IN (:ids) ORDER BY m.starts_at, m.id")
			.bind("ids", ids)
			.map((row, meta) -> new Row(row.get("id", Long.class), row.get("room_id", Long.class),
					row.get("organizer_id", String.class), row.get("title", String.class),
					row.get("starts_at", OffsetDateTime.class), row.get("ends_at", OffsetDateTime.class),
					MeetingStatus.valueOf(row.get("status", String.class))))
			.all()
			.collectList()
			.flatMap(rows -> assemble(rows, viewer));
	}

	/** Each person's meetings overlapping [from, to), as (person, meeting) pairs in time order. */
	public Mono<List<ScheduleEntry>> schedule(Collection<String> people, OffsetDateTime from, OffsetDateTime to,
			Viewer viewer) {
		if (from == null || to == null || !from.isBefore(to)) {
			return Mono.error(DomainException.badInput("to", "the range must end after it starts"));
		}
		if (Duration.between(from, to).compareTo(MAX_SCHEDULE) > 0) {
			return Mono.error(DomainException.badInput("to", "a schedule covers at most " + MAX_SCHEDULE.toDays() + " days"));
		}
		if (people.isEmpty()) {
			return Mono.just(List.of());
		}
		if (people.size() > MAX_BATCH) {
			return Mono.error(DomainException.badInput("personIds", "at most " + MAX_BATCH + " people at once"));
		}
		return this.db.sql(SCHEDULE)
			.bind("people", people)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> Map.entry(row.get("person_id", String.class), row.get("id", Long.class)))
			.all()
			.collectList()
			.flatMap(pairs -> byIds(pairs.stream().map(Map.Entry::getValue).distinct().toList(), viewer).map(meetings -> {
				Map<Long, MeetingView> byId = new HashMap<>();
				meetings.forEach(m -> byId.put(m.id(), m));
				return pairs.stream().map(p -> new ScheduleEntry(p.getKey(), byId.get(p.getValue()))).toList();
			}));
	}

	/** The meetings still to come whose notice the person has not answered, soonest first. */
	public Mono<List<MeetingView>> invitations(String personId, int limit, Viewer viewer) {
		if (limit < 1 || limit > MAX_BATCH) {
			return Mono.error(DomainException.badInput("limit", "limit must be between 1 and " + MAX_BATCH));
		}
		return this.db.sql(INVITATIONS + " LIMIT " + limit)
			.bind("person", personId)
			.bind("now", OffsetDateTime.now(this.clock))
			.map((row, meta) -> row.get("id", Long.class))
			.all()
			.collectList()
			.flatMap(ids -> byIds(ids, viewer));
	}

	private Mono<List<MeetingView>> assemble(List<Row> rows, Viewer viewer) {
		if (rows.isEmpty()) {
			return Mono.just(List.of());
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Mono<Map<Long, List<Attendee>>> attendees = this.db
			.sql("SELECT meeting_id, person_id, reply, stands_in_for, notified_at, replied_at FROM attendee"
					+ " WHERE meeting_id IN (:ids) ORDER BY notified_at, person_id")
			.bind("ids", ids)
			.map((row, meta) -> Map.entry(row.get("meeting_id", Long.class),
					new Attendee(row.get("person_id", String.class), Reply.valueOf(row.get("reply", String.class)),
							row.get("stands_in_for", String.class), row.get("notified_at", OffsetDateTime.class),
							row.get("replied_at", OffsetDateTime.class))))
			.all()
			.collect(Grouping.byParent());
		Mono<List<ItemRow>> items = this.db
			.sql("SELECT id, meeting_id, position, title, voting FROM agenda_item WHERE meeting_id IN (:ids) ORDER BY position")
			.bind("ids", ids)
			.map((row, meta) -> new ItemRow(row.get("id", Long.class), row.get("meeting_id", Long.class),
					row.get("position", Integer.class), row.get("title", String.class), row.get("voting", Boolean.class)))
			.all()
			.collectList();
		Mono<Map<Long, Minutes>> minutes = this.db
			.sql("SELECT meeting_id, body, author_id, written_at FROM minutes WHERE meeting_id IN (:ids)")
			.bind("ids", ids)
			.map((row, meta) -> Map.entry(row.get("meeting_id", Long.class), new Minutes(row.get("body", String.class),
					row.get("author_id", String.class), row.get("written_at", OffsetDateTime.class))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		// One query after the other: a request holds one connection at a time, so that under load the pool
		// serves more requests instead of a few requests' parallel queries.
		return attendees.flatMap(people -> items.flatMap(agendaItems -> minutes.flatMap(written -> {
			List<Long> itemIds = agendaItems.stream().map(ItemRow::id).toList();
			return materials(itemIds).flatMap(materials -> votes(itemIds).map(votes -> {
				List<MeetingView> views = new ArrayList<>();
				for (Row meeting : rows) {
					List<Attendee> invited = people.getOrDefault(meeting.id, List.of());
					boolean isInvited = invited.stream().anyMatch(a -> a.personId().equals(viewer.userId()));
					boolean proceedings = viewer.seesProceedings(meeting.organizerId, isInvited);
					boolean ballots = viewer.seesBallots(meeting.organizerId);
					List<AgendaItem> agenda = new ArrayList<>();
					for (ItemRow item : agendaItems) {
						if (item.meetingId.equals(meeting.id)) {
							agenda.add(item(item, materials.getOrDefault(item.id, List.of()),
									votes.getOrDefault(item.id, List.of()), viewer, proceedings, ballots));
						}
					}
					views.add(new MeetingView(meeting.id, meeting.roomId, meeting.organizerId, meeting.title,
							meeting.startsAt, meeting.endsAt, status(meeting), invited, agenda,
							proceedings ? written.get(meeting.id) : null, !proceedings));
				}
				return views;
			}));
		})));
	}

	private static AgendaItem item(ItemRow item, List<Long> materials, List<Vote> votes, Viewer viewer,
			boolean proceedings, boolean ballots) {
		VoteChoice mine = votes.stream().filter(v -> v.voterId().equals(viewer.userId())).map(Vote::choice).findFirst()
			.orElse(null);
		Tally tally = null;
		if (item.voting && proceedings) {
			tally = new Tally(count(votes, VoteChoice.FOR), count(votes, VoteChoice.AGAINST), count(votes, VoteChoice.ABSTAIN));
		}
		return new AgendaItem(item.id, item.position, item.title, item.voting, materials, tally,
				ballots ? votes : List.of(), mine);
	}

	private static int count(List<Vote> votes, VoteChoice choice) {
		return (int) votes.stream().filter(v -> v.choice() == choice).count();
	}

	private Mono<Map<Long, List<Long>>> materials(List<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.db.sql("SELECT agenda_item_id, document_id FROM agenda_material WHERE agenda_item_id IN (:ids)"
				+ " ORDER BY document_id")
			.bind("ids", itemIds)
			.map((row, meta) -> Map.entry(row.get("agenda_item_id", Long.class), row.get("document_id", Long.class)))
			.all()
			.collect(Grouping.byParent());
	}

	private Mono<Map<Long, List<Vote>>> votes(List<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.db.sql("SELECT agenda_item_id, voter_id, choice, cast_at FROM vote WHERE agenda_item_id IN (:ids)"
				+ " ORDER BY cast_at, voter_id")
			.bind("ids", itemIds)
			.map((row, meta) -> Map.entry(row.get("agenda_item_id", Long.class),
					new Vote(row.get("voter_id", String.class), VoteChoice.valueOf(row.get("choice", String.class)),
							row.get("cast_at", OffsetDateTime.class))))
			.all()
			.collect(Grouping.byParent());
	}

	private MeetingStatus status(Row meeting) {
		if (meeting.status == MeetingStatus.BOOKED && !meeting.endsAt.isAfter(OffsetDateTime.now(this.clock))) {
			return MeetingStatus.HELD;
		}
		return meeting.status;
	}


	private record Row(Long id, Long roomId, String organizerId, String title, OffsetDateTime startsAt,
			OffsetDateTime endsAt, MeetingStatus status) {
	}

	private record ItemRow(Long id, Long meetingId, Integer position, String title, Boolean voting) {
	}

}
