package dev.huiju.eldercare.applications;

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

/** Applications of the caller's region, what awaits the caller's decision, submitting and deciding. */
@RestController
@RequestMapping("/applications")
class ApplicationsController {

	private final Applications applications;

	ApplicationsController(Applications applications) {
		this.applications = applications;
	}

	@GetMapping(params = "residentIds")
	Mono<List<ApplicationView>> ofResidents(@RequestParam List<Long> residentIds, Actor actor) {
		if (residentIds.size() > 1000) {
			throw DomainException.badInput("residentIds", "at most 1000 residents at once");
		}
		return this.applications.ofResidents(Supervisor.of(actor), residentIds);
	}

	@GetMapping(params = "!residentIds")
	Mono<List<ApplicationView>> ofRegion(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "50") int limit, Actor actor) {
		return this.applications.ofRegion(Supervisor.of(actor), status, limit(limit));
	}

	@GetMapping("/awaiting")
	Mono<List<ApplicationView>> awaiting(@RequestParam(defaultValue = "50") int limit, Actor actor) {
		return this.applications.awaiting(Supervisor.of(actor), limit(limit));
	}

	@GetMapping("/{id}")
	Mono<ApplicationView> one(@PathVariable long id, Actor actor) {
		return this.applications.one(Supervisor.of(actor), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ApplicationView> submit(@RequestBody ApplicationRequests.Submit request, Actor actor) {
		return this.applications.submit(Supervisor.of(actor), request);
	}

	@PostMapping("/{id}/decision")
	Mono<ApplicationView> decide(@PathVariable long id, @RequestBody ApplicationRequests.Decide request, Actor actor) {
		return this.applications.decide(Supervisor.of(actor), id, request);
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > 200) {
			throw DomainException.badInput("limit", "limit is between 1 and 200");
		}
		return limit;
	}

}
