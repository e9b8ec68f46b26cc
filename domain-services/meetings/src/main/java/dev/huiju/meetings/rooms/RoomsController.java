package dev.huiju.meetings.rooms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.meetings.meeting.Viewer;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rooms for staff; utilisation also for machines with {@code statistics:read} (the big screen), which see
 * figures per room and building and never a person.
 */
@RestController
@RequestMapping("/rooms")
class RoomsController {

	private final Rooms rooms;

	private final RoomUsage usage;

	RoomsController(Rooms rooms, RoomUsage usage) {
		this.rooms = rooms;
		this.usage = usage;
	}

	@GetMapping(params = "!ids")
	Mono<List<RoomView>> all(Actor actor) {
		staff(actor);
		return this.rooms.all();
	}

	@GetMapping(params = "ids")
	Mono<List<RoomView>> byIds(@RequestParam List<Long> ids, Actor actor) {
		staff(actor);
		return this.rooms.byIds(ids);
	}

	@GetMapping("/free")
	Mono<List<RoomView>> free(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "1") int seats, @RequestParam(required = false) List<Equipment> equipment,
			Actor actor) {
		staff(actor);
		return this.rooms.free(from, to, seats, (equipment != null) ? equipment : List.of());
	}

	@GetMapping("/utilisation")
	Mono<Utilisation> utilisation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (actor.identity().isMachine()) {
			actor.requireScope(Actor.STATISTICS);
		}
		else {
			staff(actor);
		}
		return this.usage.between(from, to);
	}

	/** Rooms are the staff's: a citizen reads nothing here, a machine only figures. */
	static void staff(Actor actor) {
		Viewer.staff(actor);
	}

}
