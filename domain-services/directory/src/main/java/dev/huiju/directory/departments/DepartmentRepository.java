package dev.huiju.directory.departments;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface DepartmentRepository extends ReactiveCrudRepository<Department, String> {

	Flux<Department> findAllByOrderById();

}
