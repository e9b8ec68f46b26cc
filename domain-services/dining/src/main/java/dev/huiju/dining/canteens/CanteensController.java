package dev.huiju.dining.canteens;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Canteens, an operator's changes to their own, and the kitchen's counts. */
@RestController
@RequestMapping("/canteens")
class CanteensController {

	private final Canteens canteens;

	CanteensController(Canteens canteens) {
		this.canteens = canteens;
	}

	@GetMapping(params = "!ids")
	Mono<List<CanteenView>> list(@RequestParam(required = false) CanteenKind kind,
			@RequestParam(required = false) String districtId, @RequestParam(required = false) String streetId,
			Actor actor) {
		return this.canteens.list(Caller.of(actor), kind, districtId, streetId);
	}

	@GetMapping(params = "ids")
	Mono<List<CanteenView>> byIds(@RequestParam List<Long> ids, Actor actor) {
		if (ids.size() > 1000) {
			throw DomainException.badInput("ids", "at most 1000 canteens at once");
		}
		return this.canteens.byIds(Caller.of(actor), ids);
	}

	@PutMapping("/{id}")
	Mono<CanteenView> change(@PathVariable long id, @RequestBody CanteenChange change, Actor actor) {
		return this.canteens.change(Caller.of(actor), id, change);
	}

	@PutMapping("/{id}/licence")
	Mono<CanteenView> licence(@PathVariable long id, @RequestBody LicenceRecord record, Actor actor) {
		return this.canteens.recordLicence(Caller.of(actor), id, record);
	}

	@GetMapping("/{id}/counts")
	Mono<List<MealCount>> counts(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (to.isBefore(from) || from.plusDays(92).isBefore(to)) {
			throw DomainException.badInput("to", "counts cover 1 to 93 days");
		}
		return this.canteens.counts(Caller.of(actor), id, from, to);
	}

}
