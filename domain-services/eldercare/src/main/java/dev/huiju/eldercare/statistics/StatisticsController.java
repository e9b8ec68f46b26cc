package dev.huiju.eldercare.statistics;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures of the caller's region: machines with {@code statistics:read} and leaders read the city's. */
@RestController
@RequestMapping("/statistics")
class StatisticsController {

	private final Statistics statistics;

	StatisticsController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping
	Mono<List<DistrictDay>> between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw DomainException.badInput("to", "figures cover 1 to 367 days at once");
		}
		return this.statistics.between(Supervisor.figures(actor), from, to);
	}

	@GetMapping("/ratings")
	Mono<List<RatingCount>> ratings(Actor actor) {
		return this.statistics.ratings(Supervisor.figures(actor));
	}

	@GetMapping("/now")
	Mono<List<DistrictNow>> now(Actor actor) {
		return this.statistics.now(Supervisor.figures(actor));
	}

}
