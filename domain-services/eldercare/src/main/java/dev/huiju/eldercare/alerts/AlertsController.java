package dev.huiju.eldercare.alerts;

import java.util.List;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts of the caller's region; the lights per district are figures, for the big screen too. */
@RestController
@RequestMapping("/alerts")
class AlertsController {

	private final Alerts alerts;

	AlertsController(Alerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping
	Mono<List<AlertView>> ofRegion(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "50") int limit, Actor actor) {
		if (limit < 1 || limit > 200) {
			throw DomainException.badInput("limit", "limit is between 1 and 200");
		}
		return this.alerts.ofRegion(Supervisor.of(actor), open, limit);
	}

	@GetMapping("/by-district")
	Mono<List<DistrictLights>> byDistrict(Actor actor) {
		return this.alerts.byDistrict(Supervisor.figures(actor));
	}

	@PostMapping("/{id}/close")
	Mono<AlertView> close(@PathVariable long id, Actor actor) {
		return this.alerts.close(Supervisor.of(actor), id);
	}

}
