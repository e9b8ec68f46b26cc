package dev.huiju.clients.directory;

import java.util.List;
import java.util.Map;

import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;

/** The directory service's HTTP interface. */
@HttpExchange(accept = "application/json")
public interface DirectoryApi {

	@GetExchange("/people")
	Mono<List<PersonDto>> people(@RequestParam("ids") String ids);

	@GetExchange("/people")
	Mono<List<PersonDto>> peopleOfDepartment(@RequestParam("departmentId") String departmentId);

	@PatchExchange("/people/{id}")
	Mono<PersonDto> updateContact(@PathVariable String id, @RequestBody Map<String, String> change);

	@GetExchange("/departments")
	Mono<List<DepartmentDto>> departments(@RequestParam("ids") String ids);

	@GetExchange("/regions")
	Mono<List<RegionDto>> regions(@RequestParam("ids") String ids);

}
