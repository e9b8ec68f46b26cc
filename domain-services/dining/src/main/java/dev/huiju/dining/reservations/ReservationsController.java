package dev.huiju.dining.reservations;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's reservations, reserving and cancelling. */
@RestController
@RequestMapping("/reservations")
class ReservationsController {

	private final Reservations reservations;

	ReservationsController(Reservations reservations) {
		this.reservations = reservations;
	}

	@GetMapping("/mine")
	Mono<List<ReservationView>> mine(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (to.isBefore(from) || from.plusDays(92).isBefore(to)) {
			throw DomainException.badInput("to", "reservations are read for 1 to 93 days at once");
		}
		return this.reservations.mine(Caller.of(actor), from, to);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ReservationView> reserve(@RequestBody ReservationRequest request, Actor actor) {
		return this.reservations.reserve(Caller.of(actor), request);
	}

	@PostMapping("/{id}/cancel")
	Mono<ReservationView> cancel(@PathVariable long id, Actor actor) {
		return this.reservations.cancel(Caller.of(actor), id);
	}

}
