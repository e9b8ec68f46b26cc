package dev.huiju.documents.approval;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.documents.people.Participants;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creates and lists delegations of the right to decide approval steps. */
@RestController
@RequestMapping("/delegations")
class DelegationsController {

	private final DelegationRepository delegations;

	private final Participants participants;

	private final Clock clock;

	DelegationsController(DelegationRepository delegations, Participants participants, Clock clock) {
		this.delegations = delegations;
		this.participants = participants;
		this.clock = clock;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Delegation> delegate(Actor actor, @Valid @RequestBody DelegationRequest request) {
		String principal = actor.userId();
		return this.participants.of(actor, List.of(request.delegateId())).flatMap(people -> {
			if (!people.containsKey(request.delegateId().trim())) {
				return Mono.error(DomainException.badInput("delegateId", "there is no person " + request.delegateId().trim()));
			}
			return delegate(principal, request);
		});
	}

	private Mono<Delegation> delegate(String actor, DelegationRequest request) {
		if (request.delegateId().equals(actor)) {
			return Mono.error(DomainException.badInput("delegateId", "you cannot delegate to yourself"));
		}
		if (!request.endsAt().isAfter(request.startsAt())) {
			return Mono.error(DomainException.badInput("endsAt", "a delegation must end after it starts"));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!request.endsAt().isAfter(now)) {
			return Mono.error(DomainException.badInput("endsAt", "a delegation must end in the future"));
		}
		return this.delegations.save(new Delegation(null, actor, request.delegateId(), request.startsAt(),
				request.endsAt(), now));
	}

	@GetMapping
	Flux<Delegation> involving(@RequestParam String personId, Actor actor) {
		if (!personId.equals(actor.userId())) {
			return Flux.error(DomainException.denied("delegations are shown to the people they involve"));
		}
		return this.delegations.findInvolving(personId);
	}

}
