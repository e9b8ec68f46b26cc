package dev.huiju.bigscreen.indicators;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.bigscreen.access.Readers;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cockpit's reads: indicators now, one indicator's members (top first), history over a range. */
@RestController
@RequestMapping("/indicators")
class IndicatorsController {

	private final Indicators indicators;

	IndicatorsController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping
	Mono<List<IndicatorNow>> now(@RequestParam(required = false) List<String> keys, Actor actor) {
		Readers.require(actor);
		return this.indicators.now((keys != null) ? keys : List.of());
	}

	/** What indicators there are: no figure in it, so any verified caller may ask. */
	@GetMapping("/catalogue")
	Mono<List<IndicatorDefinition>> catalogue() {
		return this.indicators.catalogue();
	}

	@GetMapping("/members")
	Mono<List<MemberValue>> members(@RequestParam List<String> keys, @RequestParam(defaultValue = "100") int limit,
			Actor actor) {
		Readers.require(actor);
		return this.indicators.members(keys, limit);
	}

	@GetMapping("/history")
	Mono<List<HistoryPoint>> history(@RequestParam List<String> keys,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "DAY") Granularity granularity, @RequestParam(required = false) String member,
			Actor actor) {
		Readers.require(actor);
		return this.indicators.history(keys, from, to, granularity, member);
	}

}
