package dev.huiju.dining.diners;

import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For whom the caller may book: themselves when registered, and the diners who named them a relative. */
@RestController
@RequestMapping("/diners")
class DinersController {

	private final Diners diners;

	DinersController(Diners diners) {
		this.diners = diners;
	}

	@GetMapping("/mine")
	Mono<List<DinerView>> mine(Actor actor) {
		return this.diners.mine(Caller.of(actor));
	}

}
