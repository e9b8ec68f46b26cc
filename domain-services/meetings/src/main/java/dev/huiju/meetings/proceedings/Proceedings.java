package dev.huiju.meetings.proceedings;

import java.time.Clock;
import java.time.OffsetDateTime;

import dev.huiju.meetings.meeting.MeetingQueries;
import dev.huiju.meetings.meeting.MeetingView;
import dev.huiju.meetings.meeting.Reply;
import dev.huiju.meetings.meeting.VoteChoice;
import dev.huiju.meetings.meeting.Viewer;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Votes and minutes, from the meeting's start on. One vote per attendee and item: checked first for a clear
 * answer, and kept by the vote table's primary key when two requests race.
 */
@Service
public class Proceedings {

	static final int MAX_MINUTES = 20_000;

	private final DatabaseClient db;

	private final MeetingQueries queries;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Proceedings(DatabaseClient db, MeetingQueries queries, Clock clock, TransactionalOperator transaction) {
		this.transaction = transaction;
		this.db = db;
		this.queries = queries;
		this.clock = clock;
	}

	public Mono<MeetingView> vote(Viewer voter, long meetingId, long itemId, VoteChoice choice) {
		if (choice == null) {
			return Mono.error(DomainException.badInput("choice", "vote FOR, AGAINST or ABSTAIN"));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return started(meetingId, now)
			.then(this.db.sql("SELECT voting FROM agenda_item WHERE id = :item AND meeting_id = :meeting")
				.bind("item", itemId)
				.bind("meeting", meetingId)
				.map((row, meta) -> row.get("voting", Boolean.class))
				.one()
				.switchIfEmpty(Mono.error(() -> DomainException.notFound("agenda item", itemId))))
			.flatMap(voting -> {
				if (!voting) {
					return Mono.error(DomainException.conflict("agenda item " + itemId + " is not voted on"));
				}
				return this.db.sql("SELECT reply FROM attendee WHERE meeting_id = :meeting AND person_id = :person")
					.bind("meeting", meetingId)
					.bind("person", voter.userId())
					.map((row, meta) -> Reply.valueOf(row.get("reply", String.class)))
					.one()
					.filter(Reply::attends)
					.switchIfEmpty(Mono.error(() -> DomainException.denied("only the meeting's attendees vote")));
			})
			.then(this.db.sql("SELECT COUNT(*) AS n FROM vote WHERE agenda_item_id = :item AND voter_id = :voter")
				.bind("item", itemId)
				.bind("voter", voter.userId())
				.map((row, meta) -> ((Number) row.get("n")).longValue())
				.one())
			.flatMap(cast -> {
				if (cast > 0) {
					return Mono.error(alreadyVoted(itemId));
				}
				return this.db.sql("INSERT INTO vote (agenda_item_id, voter_id, choice, cast_at) VALUES (:item, :voter, :choice, :now)")
					.bind("item", itemId)
					.bind("voter", voter.userId())
					.bind("choice", choice.name())
					.bind("now", now)
					.then()
					.onErrorMap(DataIntegrityViolationException.class, ex -> alreadyVoted(itemId));
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> this.queries.one(meetingId, voter)));
	}

	/** The organizer writes the minutes, and may correct them; the last version stands, with its time. */
	public Mono<MeetingView> writeMinutes(Viewer author, long meetingId, String body) {
		if (body == null || body.isBlank()) {
			return Mono.error(DomainException.badInput("body", "the minutes are empty"));
		}
		if (body.length() > MAX_MINUTES) {
			return Mono.error(DomainException.badInput("body", "the minutes are at most " + MAX_MINUTES + " characters"));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return started(meetingId, now)
			.flatMap(organizer -> {
				if (!organizer.equals(author.userId())) {
					return Mono.error(DomainException.denied("only the organizer writes the minutes"));
				}
				return this.db.sql("UPDATE minutes SET body = :body, author_id = :author, written_at = :now WHERE meeting_id = :meeting")
					.bind("body", body)
					.bind("author", author.userId())
					.bind("now", now)
					.bind("meeting", meetingId)
					.fetch()
					.rowsUpdated()
					.flatMap(updated -> (updated > 0) ? Mono.empty()
							: this.db.sql("INSERT INTO minutes (meeting_id, body, author_id, written_at) VALUES (:meeting, :body, :author, :now)")
								.bind("meeting", meetingId)
								.bind("body", body)
								.bind("author", author.userId())
								.bind("now", now)
								.then());
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> this.queries.one(meetingId, author)));
	}

	/** Locks the meeting and answers its organizer, refusing one that is cancelled or has not started. */
	private Mono<String> started(long meetingId, OffsetDateTime now) {
		return this.db.sql("SELECT organizer_id, starts_at, status FROM meeting WHERE id = :id FOR UPDATE")
			.bind("id", meetingId)
			.map((row, meta) -> {
				if ("CANCELLED".equals(row.get("status", String.class))) {
					throw DomainException.conflict("meeting " + meetingId + " is cancelled");
				}
				if (row.get("starts_at", OffsetDateTime.class).isAfter(now)) {
					throw DomainException.conflict("meeting " + meetingId + " has not started");
				}
				return row.get("organizer_id", String.class);
			})
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("meeting", meetingId)));
	}

	private static DomainException alreadyVoted(long itemId) {
		return DomainException.conflict("you have already voted on agenda item " + itemId);
	}

}
