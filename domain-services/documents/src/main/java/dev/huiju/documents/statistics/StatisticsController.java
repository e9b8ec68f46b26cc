package dev.huiju.documents.statistics;

import java.util.List;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Documents under way and overdue per department, for machines with {@code statistics:read} and leaders. */
@RestController
class StatisticsController {

	private final DocumentFigures figures;

	StatisticsController(DocumentFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/statistics")
	Mono<List<DepartmentFigures>> now(Actor actor) {
		if (!actor.readsCityFigures()) {
			throw DomainException.denied("document figures are for leaders and the big screen");
		}
		return this.figures.now();
	}

}
