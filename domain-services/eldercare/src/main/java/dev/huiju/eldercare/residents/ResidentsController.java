package dev.huiju.eldercare.residents;

import java.util.List;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Residents of the caller's region: by id, by ID number, a page; registering one and changing their status. */
@RestController
@RequestMapping("/residents")
class ResidentsController {

	private final Residents residents;

	ResidentsController(Residents residents) {
		this.residents = residents;
	}

	@GetMapping(params = "ids")
	Mono<List<ResidentView>> byIds(@RequestParam List<Long> ids, Actor actor) {
		if (ids.size() > 1000) {
			throw DomainException.badInput("ids", "at most 1000 residents at once");
		}
		return this.residents.byIds(Supervisor.of(actor), ids);
	}

	/** The ID number travels in the body, not in a URL that logs and proxies would keep. */
	@PostMapping("/search")
	Mono<List<ResidentView>> byIdNumber(@RequestBody IdNumberSearch search, Actor actor) {
		return this.residents.byIdNumber(Supervisor.of(actor), search.idNumber());
	}

	@GetMapping(params = "!ids")
	Mono<List<ResidentView>> page(@RequestParam(required = false) String streetId,
			@RequestParam(required = false) ResidentStatus status, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "50") int limit, Actor actor) {
		return this.residents.page(Supervisor.of(actor), streetId, status, after, limit);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResidentView> register(@RequestBody ResidentRequests.Register request, Actor actor) {
		return this.residents.register(Supervisor.of(actor), actor, request);
	}

	@PostMapping("/{id}/status")
	Mono<ResidentView> changeStatus(@PathVariable long id, @RequestBody ResidentRequests.ChangeStatus request,
			Actor actor) {
		return this.residents.changeStatus(Supervisor.of(actor), id, request);
	}

	@GetMapping("/{id}/changes")
	Mono<List<StatusChangeView>> changes(@PathVariable long id, Actor actor) {
		return this.residents.changes(Supervisor.of(actor), id);
	}

	record IdNumberSearch(String idNumber) {
	}

}
