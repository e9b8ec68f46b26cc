package dev.huiju.dining.diners;

import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For whom the caller may book: themselves when registered, and the diners who named them a relative. */
@RestController
@RequestMapping("/diners")
class DinersController {

	private final Diners diners;

	DinersController(Diners diners) {
		this.diners = diners;
	}

	@GetMapping(params = "ids")
	Mono<List<DinerView>> byIds(@RequestParam List<String> ids, Actor actor) {
		if (ids.size() > 1000) {
			throw DomainException.badInput("ids", "at most 1000 diners at once");
		}
		return this.diners.byIds(Caller.of(actor), ids);
	}

	@GetMapping("/mine")
	Mono<List<DinerView>> mine(Actor actor) {
		return this.diners.mine(Caller.of(actor));
	}

}
