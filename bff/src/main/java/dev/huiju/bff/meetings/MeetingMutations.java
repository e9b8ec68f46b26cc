package dev.huiju.bff.meetings;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.errors.Changes;
import dev.huiju.clients.meetings.MeetingsApi;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos;
import dev.huiju.clients.meetings.MeetingsDtos.BookedDto;
import dev.huiju.clients.meetings.MeetingsDtos.BusyDto;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.AgendaItemInput;
import dev.huiju.schema.generated.types.BookMeetingInput;
import dev.huiju.schema.generated.types.InviteToMeetingInput;
import dev.huiju.schema.generated.types.MeetingIdInput;
import dev.huiju.schema.generated.types.ReplyToMeetingInput;
import dev.huiju.schema.generated.types.UserError;
import dev.huiju.schema.generated.types.VoteOnAgendaItemInput;
import dev.huiju.schema.generated.types.WriteMinutesInput;
import reactor.core.publisher.Mono;

/**
 * The meeting mutations. Each goes to the meetings service with the caller's token; a refusal (bad input, a
 * room already booked, not the organizer) comes back as a typed {@code UserError} in the payload with nothing
 * stored, and a failure of the service as an {@code UNAVAILABLE} error.
 */
@DgsComponent
class MeetingMutations {

	private final MeetingsClient meetings;

	MeetingMutations(MeetingsClient meetings) {
		this.meetings = meetings;
	}

	@DgsMutation(field = DgsConstants.MUTATION.BookMeeting)
	Mono<BookingPayload> bookMeeting(@InputArgument BookMeetingInput input) {
		return booking(() -> {
			long roomId = CanonicalIds.parse(input.getRoomId(), "roomId", "a room id");
			List<MeetingsDtos.AgendaRequest> agenda = (input.getAgenda() != null)
					? input.getAgenda().stream().map(MeetingMutations::agendaItem).toList() : List.of();
			var request = new MeetingsDtos.BookingRequest(roomId, input.getTitle(), input.getStartsAt(),
					input.getEndsAt(), input.getAttendeeIds(), agenda);
			return api -> api.book(request);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.InviteToMeeting)
	Mono<BookingPayload> inviteToMeeting(@InputArgument InviteToMeetingInput input) {
		return booking(() -> {
			long id = CanonicalIds.parse(input.getMeetingId(), "meetingId", "a meeting id");
			return api -> api.invite(id, new MeetingsDtos.InviteRequest(input.getAttendeeIds()));
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.ReplyToMeeting)
	Mono<MeetingPayload> replyToMeeting(@InputArgument ReplyToMeetingInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getMeetingId(), "meetingId", "a meeting id");
			var request = new MeetingsDtos.ReplyRequest(input.getReply().name(), input.getDelegateId());
			return api -> api.reply(id, request);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.CancelMeeting)
	Mono<MeetingPayload> cancelMeeting(@InputArgument MeetingIdInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getMeetingId(), "meetingId", "a meeting id");
			return api -> api.cancel(id);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.VoteOnAgendaItem)
	Mono<MeetingPayload> voteOnAgendaItem(@InputArgument VoteOnAgendaItemInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getMeetingId(), "meetingId", "a meeting id");
			long item = CanonicalIds.parse(input.getItemId(), "itemId", "an agenda item id");
			return api -> api.vote(id, item, new MeetingsDtos.VoteRequest(input.getChoice().name()));
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.WriteMinutes)
	Mono<MeetingPayload> writeMinutes(@InputArgument WriteMinutesInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getMeetingId(), "meetingId", "a meeting id");
			return api -> api.minutes(id, new MeetingsDtos.MinutesRequest(input.getBody()));
		});
	}

	private static MeetingsDtos.AgendaRequest agendaItem(AgendaItemInput item) {
		List<Long> materials = (item.getMaterialIds() != null)
				? item.getMaterialIds().stream().map(raw -> CanonicalIds.parse(raw, "agenda", "a document id")).toList() : List.of();
		return new MeetingsDtos.AgendaRequest(item.getTitle(), materials, Boolean.TRUE.equals(item.getVoting()));
	}

	private Mono<BookingPayload> booking(Supplier<Function<MeetingsApi, Mono<BookedDto>>> call) {
		return Changes.answer(call, this.meetings::change,
				booked -> new BookingPayload(booked.meeting(), booked.warnings(), List.of()),
				errors -> new BookingPayload(null, List.of(), errors));
	}

	private Mono<MeetingPayload> change(Supplier<Function<MeetingsApi, Mono<MeetingDto>>> call) {
		return Changes.answer(call, this.meetings::change, meeting -> new MeetingPayload(meeting, List.of()),
				errors -> new MeetingPayload(null, errors));
	}

	/** The schema's {@code MeetingBookingPayload}. */
	record BookingPayload(MeetingDto meeting, List<BusyDto> warnings, List<UserError> errors) {
	}

	/** The schema's {@code MeetingPayload}. */
	record MeetingPayload(MeetingDto meeting, List<UserError> errors) {
	}

}
