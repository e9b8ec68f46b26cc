package dev.huiju.bff.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.bff.todo.TodoItem;
import dev.huiju.bff.todo.TodoSource;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Meeting notices waiting for the person's reply, as to-do items due when the meeting starts. */
@Component
class MeetingInvitations implements TodoSource {

	/** A meeting this close is urgent to answer. */
	private static final Duration SOON = Duration.ofDays(1);

	private final MeetingsClient meetings;

	private final Clock clock;

	MeetingInvitations(MeetingsClient meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public String domain() {
		return "meetings";
	}

	@Override
	public Mono<List<? extends TodoItem>> items(String personId, int limit, DataFetchingEnvironment env) {
		OffsetDateTime soon = OffsetDateTime.now(this.clock).plus(SOON);
		return this.meetings.invitations(personId, limit)
			.map(found -> found.stream()
				.map(m -> new MeetingInvitationTodo("meeting:" + m.id(), "MEETING_INVITATION", m.title(), m.startsAt(),
						m.startsAt().isBefore(soon) ? "URGENT" : "NORMAL", m))
				.toList());
	}

	/** The schema's {@code MeetingInvitationTodo}. */
	record MeetingInvitationTodo(String id, String kind, String title, OffsetDateTime dueAt, String urgency,
			MeetingDto meeting) implements TodoItem {
	}

}
