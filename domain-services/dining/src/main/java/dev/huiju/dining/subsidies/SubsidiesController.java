package dev.huiju.dining.subsidies;

import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.dining.menus.ReviewRequest;
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

/** Subsidy applications: the caller's, a region's, one, applying and reviewing. */
@RestController
@RequestMapping("/subsidies")
class SubsidiesController {

	private final Subsidies subsidies;

	SubsidiesController(Subsidies subsidies) {
		this.subsidies = subsidies;
	}

	@GetMapping("/mine")
	Mono<List<SubsidyView>> mine(Actor actor) {
		return this.subsidies.mine(Caller.of(actor));
	}

	@GetMapping
	Mono<List<SubsidyView>> ofRegion(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "50") int limit, Actor actor) {
		if (limit < 1 || limit > 200) {
			throw DomainException.badInput("limit", "limit is between 1 and 200");
		}
		return this.subsidies.ofRegion(Caller.of(actor), status, limit);
	}

	@GetMapping("/{id}")
	Mono<SubsidyView> one(@PathVariable long id, Actor actor) {
		return this.subsidies.one(Caller.of(actor), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SubsidyView> apply(@RequestBody SubsidyRequest request, Actor actor) {
		return this.subsidies.apply(Caller.of(actor), request);
	}

	@PostMapping("/{id}/review")
	Mono<SubsidyView> review(@PathVariable long id, @RequestBody ReviewRequest request, Actor actor) {
		return this.subsidies.review(Caller.of(actor), id, request);
	}

}
