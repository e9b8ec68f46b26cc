package dev.huiju.directory.people;

import java.util.regex.Pattern;

import dev.huiju.access.ChannelClient;
import dev.huiju.directory.Ids;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch and single lookups of people. */
@RestController
@RequestMapping("/people")
class PeopleController {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private final PersonRepository people;

	PeopleController(PersonRepository people) {
		this.people = people;
	}

	@GetMapping(params = "ids")
	Flux<Person> byIds(@RequestParam String ids, Actor actor) {
		mayReadPeople(actor);
		return this.people.findAllById(Ids.parse(ids)).sort((a, b) -> a.id().compareTo(b.id()));
	}

	@GetMapping(params = "departmentId")
	Flux<Person> byDepartment(@RequestParam String departmentId, Actor actor) {
		mayReadPeople(actor);
		return this.people.findByDepartmentIdOrderById(departmentId);
	}

	/** A person changes their own contact details; nobody else may. */
	@PatchMapping("/{id}")
	Mono<Person> updateContact(@PathVariable String id, Actor actor, @RequestBody ContactChange change) {
		if (!id.equals(actor.userId())) {
			return Mono.error(DomainException.denied("only " + id + " may change their contact details"));
		}
		if (change == null || change.phone() == null || !MOBILE.matcher(change.phone()).matches()) {
			return Mono.error(DomainException.badInput("phone", "phone must be a mobile number of 11 digits starting with 1"));
		}
		return this.people.findById(id)
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("person", id)))
			.flatMap(person -> this.people.save(new Person(person.id(), person.name(), person.staffNo(), person.title(),
					person.departmentId(), person.regionId(), change.phone(), person.idNumber(), person.regionPath(),
					person.clearance())));
	}

	/**
	 * People are read by staff and citizens on their channels; the dashboard shows aggregates only, and a
	 * machine has no business with personal data.
	 */
	private static void mayReadPeople(Actor actor) {
		actor.person().refuseChannels(ChannelClient.DASHBOARD);
	}

	/** The contact details a person may change. */
	record ContactChange(String phone) {
	}

	@GetMapping("/{id}")
	Mono<Person> one(@PathVariable String id, Actor actor) {
		mayReadPeople(actor);
		return this.people.findById(id).switchIfEmpty(Mono.error(() -> DomainException.notFound("person", id)));
	}

}
