package dev.huiju.directory.regions;

import dev.huiju.directory.Ids;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lookups of regions and of the regions inside one. */
@RestController
@RequestMapping("/regions")
class RegionsController {

	private final RegionRepository regions;

	RegionsController(RegionRepository regions) {
		this.regions = regions;
	}

	@GetMapping(params = "ids")
	Flux<Region> byIds(@RequestParam String ids) {
		return this.regions.findAllById(Ids.parse(ids)).sort((a, b) -> a.id().compareTo(b.id()));
	}

	@GetMapping(params = "!ids")
	Flux<Region> all() {
		return this.regions.findAllByOrderById();
	}

	@GetMapping("/{id}")
	Mono<Region> one(@PathVariable String id) {
		return this.regions.findById(id).switchIfEmpty(Mono.error(() -> DomainException.notFound("region", id)));
	}

	@GetMapping("/{id}/children")
	Flux<Region> children(@PathVariable String id) {
		return one(id).thenMany(this.regions.findByParentIdOrderById(id));
	}

}
