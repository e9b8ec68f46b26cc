package dev.huiju.meetings.booking;

import java.util.List;

import dev.huiju.meetings.meeting.MeetingView;
import dev.huiju.meetings.meeting.Reply;
import dev.huiju.meetings.meeting.Viewer;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.people.DirectoryPeople;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking, inviting, replying and cancelling. The request's shape is checked first, then the directory
 * (every person named must exist) and the documents service (every material must be readable by the
 * organizer) are asked, and only then does {@link Booking} lock and write.
 */
@RestController
@RequestMapping("/meetings")
class BookingController {

	private final Booking booking;

	private final DirectoryPeople directory;

	private final Materials materials;

	BookingController(Booking booking, DirectoryPeople directory, Materials materials) {
		this.booking = booking;
		this.directory = directory;
		this.materials = materials;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Booked> book(@RequestBody BookingRequest request, Actor actor) {
		Viewer organizer = Viewer.of(actor);
		BookingRules.checkShape(request);
		List<String> people = BookingRules.everyone(organizer.userId(), request.attendeeIdsOrEmpty());
		List<Long> documents = request.agendaOrEmpty().stream().flatMap(i -> i.materialIdsOrEmpty().stream()).toList();
		return requireKnown(actor, people, "attendeeIds")
			.then(this.materials.requireReadable(actor, documents))
			.then(Mono.defer(() -> this.booking.book(organizer, request, people)));
	}

	@PostMapping("/{id}/attendees")
	Mono<Booked> invite(@PathVariable long id, @RequestBody InviteRequest request, Actor actor) {
		Viewer organizer = Viewer.of(actor);
		List<String> people = (request.attendeeIds() != null) ? request.attendeeIds() : List.of();
		BookingRules.checkPeople(people);
		if (people.isEmpty()) {
			throw DomainException.badInput("attendeeIds", "name at least one person to invite");
		}
		List<String> distinct = people.stream().map(String::trim).distinct().toList();
		return requireKnown(actor, distinct, "attendeeIds")
			.then(Mono.defer(() -> this.booking.invite(organizer, id, distinct)));
	}

	@PostMapping("/{id}/reply")
	Mono<MeetingView> reply(@PathVariable long id, @RequestBody ReplyRequest request, Actor actor) {
		Viewer invitee = Viewer.of(actor);
		if (request.reply() == null || request.reply() == Reply.PENDING) {
			throw DomainException.badInput("reply", "reply ACCEPTED, DECLINED or DELEGATED");
		}
		boolean delegating = request.reply() == Reply.DELEGATED;
		if (delegating != (request.delegateId() != null)) {
			throw DomainException.badInput("delegateId", "a delegate is named with DELEGATED, and only then");
		}
		if (delegating && request.delegateId().equals(invitee.userId())) {
			throw DomainException.badInput("delegateId", "a delegate is someone else");
		}
		Mono<Void> known = delegating ? requireKnown(actor, List.of(request.delegateId()), "delegateId") : Mono.empty();
		return known.then(Mono.defer(() -> this.booking.reply(invitee, id, request)));
	}

	@PostMapping("/{id}/cancel")
	Mono<MeetingView> cancel(@PathVariable long id, Actor actor) {
		return this.booking.cancel(Viewer.of(actor), id);
	}

	private Mono<Void> requireKnown(Actor actor, List<String> people, String field) {
		return this.directory.of(actor, people, "who is invited").flatMap(found -> people.stream()
			.filter(person -> !found.containsKey(person.trim()))
			.findFirst()
			.<Mono<Void>>map(unknown -> Mono.error(DomainException.badInput(field, "no person " + unknown + " in the directory")))
			.orElse(Mono.empty()));
	}

}
