package dev.huiju.directory.people;

import dev.huiju.directory.Ids;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch and single lookups of people. */
@RestController
@RequestMapping("/people")
class PeopleController {

	private final PersonRepository people;

	PeopleController(PersonRepository people) {
		this.people = people;
	}

	@GetMapping(params = "ids")
	Flux<Person> byIds(@RequestParam String ids) {
		return this.people.findAllById(Ids.parse(ids)).sort((a, b) -> a.id().compareTo(b.id()));
	}

	@GetMapping(params = "departmentId")
	Flux<Person> byDepartment(@RequestParam String departmentId) {
		return this.people.findByDepartmentIdOrderById(departmentId);
	}

	@GetMapping("/{id}")
	Mono<Person> one(@PathVariable String id) {
		return this.people.findById(id).switchIfEmpty(Mono.error(() -> DomainException.notFound("person", id)));
	}

}
