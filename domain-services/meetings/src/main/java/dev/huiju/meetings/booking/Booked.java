package dev.huiju.meetings.booking;

import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.meetings.meeting.MeetingView;

/**
 * The meeting as booked (or after inviting), with a warning for each invited person already expected
 * elsewhere at that time: the booking stands, the organizer decides.
 */
public record Booked(MeetingView meeting, List<Busy> warnings) {

	/** {@code personId} is expected at meeting {@code meetingId} from {@code startsAt} to {@code endsAt}. */
	public record Busy(String personId, long meetingId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

}
