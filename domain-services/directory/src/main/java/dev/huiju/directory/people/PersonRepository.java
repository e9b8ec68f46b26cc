package dev.huiju.directory.people;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface PersonRepository extends ReactiveCrudRepository<Person, String> {

	Flux<Person> findByDepartmentIdOrderById(String departmentId);

}
