package dev.huiju.eldercare.institutions;

import java.util.List;
import java.util.Map;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Institutions, their waiting lists, joining one and admissions. */
@RestController
@RequestMapping("/institutions")
class InstitutionsController {

	private final Institutions institutions;

	InstitutionsController(Institutions institutions) {
		this.institutions = institutions;
	}

	/** Institutions, their beds and ratings are public information: any person reads them, no one is named. */
	@GetMapping
	Mono<List<InstitutionView>> all(Actor actor) {
		actor.person();
		return this.institutions.all();
	}

	@GetMapping("/{id}")
	Mono<InstitutionView> one(@PathVariable long id, Actor actor) {
		actor.person();
		return this.institutions.one(id);
	}

	@GetMapping("/{id}/waiting")
	Mono<List<WaitingView>> waiting(@PathVariable long id, Actor actor) {
		return this.institutions.waiting(Supervisor.of(actor), id);
	}

	@PostMapping("/{id}/waiting")
	Mono<InstitutionView> join(@PathVariable long id, @RequestBody Map<String, Long> body, Actor actor) {
		return this.institutions.join(Supervisor.of(actor), id, body.get("residentId"));
	}

	@PostMapping("/{id}/admissions")
	Mono<InstitutionView> admit(@PathVariable long id, @RequestBody Map<String, Long> body, Actor actor) {
		return this.institutions.admit(Supervisor.of(actor), id, body.get("residentId"));
	}

}
