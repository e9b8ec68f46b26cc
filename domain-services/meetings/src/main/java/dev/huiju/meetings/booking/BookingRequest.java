package dev.huiju.meetings.booking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A booking: the organizer is the caller and attends; {@code attendeeIds} are the others invited.
 *
 * @param agenda the items in order; may be empty
 */
public record BookingRequest(Long roomId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
		List<String> attendeeIds, List<AgendaRequest> agenda) {

	public List<String> attendeeIdsOrEmpty() {
		return (this.attendeeIds != null) ? this.attendeeIds : List.of();
	}

	public List<AgendaRequest> agendaOrEmpty() {
		return (this.agenda != null) ? this.agenda : List.of();
	}

	/** @param materialIds documents to discuss under this item, which the organizer must be able to read */
	public record AgendaRequest(String title, List<Long> materialIds, boolean voting) {

		public List<Long> materialIdsOrEmpty() {
			return (this.materialIds != null) ? this.materialIds : List.of();
		}

	}

}
