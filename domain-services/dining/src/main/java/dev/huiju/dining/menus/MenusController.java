package dev.huiju.dining.menus;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Menus of canteens over days, by id, waiting for review; publishing and reviewing them. */
@RestController
@RequestMapping("/menus")
class MenusController {

	private final Menus menus;

	MenusController(Menus menus) {
		this.menus = menus;
	}

	@GetMapping(params = "canteenIds")
	Mono<List<MenuView>> of(@RequestParam List<Long> canteenIds,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		if (canteenIds.size() > 1000) {
			throw DomainException.badInput("canteenIds", "at most 1000 canteens at once");
		}
		if (to.isBefore(from) || from.plusDays(30).isBefore(to)) {
			throw DomainException.badInput("to", "menus are read for 1 to 31 days at once");
		}
		return this.menus.of(Caller.of(actor), canteenIds, from, to);
	}

	@GetMapping(params = "ids")
	Mono<List<MenuView>> byIds(@RequestParam List<Long> ids, Actor actor) {
		if (ids.size() > 1000) {
			throw DomainException.badInput("ids", "at most 1000 menus at once");
		}
		return this.menus.byIds(Caller.of(actor), ids);
	}

	@GetMapping("/pending")
	Mono<List<MenuView>> pending(@RequestParam(defaultValue = "50") int limit, Actor actor) {
		if (limit < 1 || limit > 200) {
			throw DomainException.badInput("limit", "limit is between 1 and 200");
		}
		return this.menus.pending(Caller.of(actor), limit);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<MenuView> submit(@RequestBody MenuRequest request, Actor actor) {
		return this.menus.submit(Caller.of(actor), request);
	}

	@PostMapping("/{id}/review")
	Mono<MenuView> review(@PathVariable long id, @RequestBody ReviewRequest request, Actor actor) {
		return this.menus.review(Caller.of(actor), id, request);
	}

}
