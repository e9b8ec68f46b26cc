package dev.huiju.clients.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the meetings service answers and accepts. Enumerations travel as their names. */
public final class MeetingsDtos {

	private MeetingsDtos() {
	}

	public record RoomDto(long id, String name, String building, int floor, int capacity, List<String> equipment,
			LocalTime opensAt, LocalTime closesAt, List<ClosureDto> closures) {
	}

	public record ClosureDto(OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {
	}

	public record MeetingDto(long id, long roomId, String organizerId, String title, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String status, List<AttendeeDto> attendees, List<AgendaItemDto> agenda,
			MinutesDto minutes, boolean proceedingsWithheld) {
	}

	public record AttendeeDto(String personId, String reply, String standsInFor, OffsetDateTime notifiedAt,
			OffsetDateTime repliedAt) {
	}

	public record AgendaItemDto(long id, int position, String title, boolean voting, List<Long> materialIds,
			TallyDto tally, List<VoteDto> votes, String myVote) {
	}

	public record TallyDto(int votesFor, int against, int abstain) {
	}

	public record VoteDto(String voterId, String choice, OffsetDateTime castAt) {
	}

	public record MinutesDto(String body, String authorId, OffsetDateTime writtenAt) {
	}

	public record ScheduleEntryDto(String personId, MeetingDto meeting) {
	}

	public record BookedDto(MeetingDto meeting, List<BusyDto> warnings) {
	}

	public record BusyDto(String personId, long meetingId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	public record UtilisationDto(LocalDate from, LocalDate to, List<RoomUseDto> rooms, List<BuildingUseDto> buildings) {
	}

	public record RoomUseDto(long roomId, String name, String building, long bookedMinutes, long bookableMinutes,
			double ratio) {
	}

	public record BuildingUseDto(String building, long bookedMinutes, long bookableMinutes, double ratio) {
	}

	public record BookingRequest(Long roomId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			List<String> attendeeIds, List<AgendaRequest> agenda) {
	}

	public record AgendaRequest(String title, List<Long> materialIds, boolean voting) {
	}

	public record InviteRequest(List<String> attendeeIds) {
	}

	public record ReplyRequest(String reply, String delegateId) {
	}

	public record VoteRequest(String choice) {
	}

	public record MinutesRequest(String body) {
	}

}
