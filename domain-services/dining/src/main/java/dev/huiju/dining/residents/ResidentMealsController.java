package dev.huiju.dining.residents;

import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The meals of elder-care residents, asked by resident id. */
@RestController
class ResidentMealsController {

	private final ResidentMeals meals;

	ResidentMealsController(ResidentMeals meals) {
		this.meals = meals;
	}

	@GetMapping("/residents/meals")
	Mono<List<ResidentMealsView>> of(@RequestParam List<Long> ids, Actor actor) {
		if (ids.size() > 1000) {
			throw DomainException.badInput("ids", "at most 1000 residents at once");
		}
		return this.meals.of(Caller.of(actor), ids);
	}

}
