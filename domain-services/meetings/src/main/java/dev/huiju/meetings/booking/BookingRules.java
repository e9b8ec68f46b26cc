package dev.huiju.meetings.booking;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.huiju.meetings.booking.BookingRequest.AgendaRequest;
import dev.huiju.service.support.DomainException;

/** The checks of a booking that need nothing but the request, the room and the time. */
final class BookingRules {

	static final int MAX_TITLE = 200;

	static final int MAX_ATTENDEES = 500;

	static final int MAX_AGENDA = 30;

	static final int MAX_MATERIALS = 20;

	private BookingRules() {
	}

	/** The shape of the request: every field present and in bounds. */
	static void checkShape(BookingRequest request) {
		if (request.roomId() == null) {
			throw DomainException.badInput("roomId", "a room is required");
		}
		checkTitle("title", request.title());
		if (request.startsAt() == null || request.endsAt() == null) {
			throw DomainException.badInput(request.startsAt() == null ? "startsAt" : "endsAt", "start and end are required");
		}
		if (!request.endsAt().isAfter(request.startsAt())) {
			throw DomainException.badInput("endsAt", "the meeting must end after it starts");
		}
		checkPeople(request.attendeeIdsOrEmpty());
		if (request.agendaOrEmpty().size() > MAX_AGENDA) {
			throw DomainException.badInput("agenda", "at most " + MAX_AGENDA + " agenda items");
		}
		for (AgendaRequest item : request.agendaOrEmpty()) {
			if (item == null) {
				throw DomainException.badInput("agenda", "an agenda item is empty");
			}
			checkTitle("agenda", item.title());
			if (item.materialIdsOrEmpty().size() > MAX_MATERIALS) {
				throw DomainException.badInput("agenda", "at most " + MAX_MATERIALS + " materials per item");
			}
			if (item.materialIdsOrEmpty().stream().anyMatch(id -> id == null || id < 1)) {
				throw DomainException.badInput("agenda", "a material is named by its document's id");
			}
		}
	}

	static void checkPeople(Collection<String> ids) {
		if (ids.size() > MAX_ATTENDEES) {
			throw DomainException.badInput("attendeeIds", "at most " + MAX_ATTENDEES + " attendees");
		}
		if (ids.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 64)) {
			throw DomainException.badInput("attendeeIds", "an attendee is named by their directory id");
		}
	}

	private static void checkTitle(String field, String title) {
		if (title == null || title.isBlank()) {
			throw DomainException.badInput(field, "a title is required");
		}
		if (title.length() > MAX_TITLE) {
			throw DomainException.badInput(field, "a title is at most " + MAX_TITLE + " characters");
		}
	}

	/** The organizer first, then the others, each once. */
	static List<String> everyone(String organizerId, Collection<String> attendeeIds) {
		Set<String> people = new LinkedHashSet<>();
		people.add(organizerId);
		attendeeIds.stream().map(String::trim).forEach(people::add);
		return List.copyOf(people);
	}

	/** Not in the past, within one day's bookable hours of the room. */
	static void checkTime(OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime now, ZoneId zone,
			LocalTime opensAt, LocalTime closesAt) {
		if (!startsAt.isAfter(now)) {
			throw DomainException.badInput("startsAt", "a meeting cannot be booked in the past");
		}
		ZonedDateTime start = startsAt.atZoneSameInstant(zone);
		ZonedDateTime end = endsAt.atZoneSameInstant(zone);
		boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
		if (!sameDay || start.toLocalTime().isBefore(opensAt) || end.toLocalTime().isAfter(closesAt)) {
			throw DomainException.badInput("startsAt",
					"the room can be booked from " + opensAt + " to " + closesAt + " on one day");
		}
	}

}
