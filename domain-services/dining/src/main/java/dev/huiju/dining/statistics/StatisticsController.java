package dev.huiju.dining.statistics;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures per district and day of the caller's region; never a person. */
@RestController
@RequestMapping("/statistics")
class StatisticsController {

	private final Statistics statistics;

	StatisticsController(Statistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping
	Mono<List<DayFigures>> between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw DomainException.badInput("to", "figures cover 1 to 367 days at once");
		}
		return this.statistics.between(Caller.figures(actor), from, to);
	}

}
