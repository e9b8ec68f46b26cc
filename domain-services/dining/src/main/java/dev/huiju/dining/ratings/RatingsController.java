package dev.huiju.dining.ratings;

import java.util.List;
import java.util.Map;

import dev.huiju.dining.access.Caller;
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

/**
 * Ratings. Averages and the ranking are figures without a person: the dashboard and machines with
 * {@code statistics:read} read them too.
 */
@RestController
@RequestMapping("/ratings")
class RatingsController {

	private final Ratings ratings;

	RatingsController(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping(params = "canteenId")
	Mono<List<RatingView>> of(@RequestParam long canteenId, @RequestParam(defaultValue = "20") int limit, Actor actor) {
		return this.ratings.of(Caller.of(actor), canteenId, limit(limit));
	}

	@GetMapping("/summary")
	Mono<List<RatingSummary>> summaries(@RequestParam List<Long> canteenIds, Actor actor) {
		figures(actor);
		if (canteenIds.size() > 1000) {
			throw DomainException.badInput("canteenIds", "at most 1000 canteens at once");
		}
		return this.ratings.summaries(canteenIds);
	}

	@GetMapping("/ranking")
	Mono<List<RatingSummary>> ranking(@RequestParam(required = false) String districtId,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "10") int limit, Actor actor) {
		figures(actor);
		if (kind != null && !kind.equals("STAFF") && !kind.equals("COMMUNITY")) {
			throw DomainException.badInput("kind", "kind is STAFF or COMMUNITY");
		}
		return this.ratings.ranking(districtId, kind, limit(limit));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<RatingView> rate(@RequestBody RatingRequest request, Actor actor) {
		return this.ratings.rate(Caller.of(actor), request);
	}

	@PostMapping("/{id}/visibility")
	Mono<RatingView> visibility(@PathVariable long id, @RequestBody Map<String, String> body, Actor actor) {
		return this.ratings.visibility(Caller.of(actor), id, body.get("visibility"));
	}

	/** Any person, or a machine allowed to read figures. */
	private static void figures(Actor actor) {
		if (actor.identity().isMachine()) {
			actor.requireScope(Actor.STATISTICS);
		}
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > 100) {
			throw DomainException.badInput("limit", "limit is between 1 and 100");
		}
		return limit;
	}

}
