package dev.huiju.directory.departments;

import dev.huiju.directory.Ids;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch, single and full lookups of departments. */
@RestController
@RequestMapping("/departments")
class DepartmentsController {

	private final DepartmentRepository departments;

	DepartmentsController(DepartmentRepository departments) {
		this.departments = departments;
	}

	@GetMapping(params = "ids")
	Flux<Department> byIds(@RequestParam String ids) {
		return this.departments.findAllById(Ids.parse(ids)).sort((a, b) -> a.id().compareTo(b.id()));
	}

	@GetMapping(params = "!ids")
	Flux<Department> all() {
		return this.departments.findAllByOrderById();
	}

	@GetMapping("/{id}")
	Mono<Department> one(@PathVariable String id) {
		return this.departments.findById(id).switchIfEmpty(Mono.error(() -> DomainException.notFound("department", id)));
	}

}
