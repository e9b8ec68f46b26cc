package dev.huiju.clients.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import reactor.core.publisher.Mono;

/** Batch lookups in the directory: one call for any number of ids, answered as a map by id. */
public class DirectoryClient {

	private final DirectoryApi api;

	private final ResilientCalls calls;

	public DirectoryClient(DirectoryApi api, ResilientCalls calls) {
		this.api = api;
		this.calls = calls;
	}

	public Mono<Map<String, PersonDto>> people(Collection<String> ids) {
		return batch(ids, this.api::people, PersonDto::id);
	}

	/** Everyone in one department, ordered by id. */
	public Mono<List<PersonDto>> peopleOfDepartment(String departmentId) {
		return this.calls.read(Mono.defer(() -> this.api.peopleOfDepartment(departmentId)));
	}

	public Mono<Map<String, DepartmentDto>> departments(Collection<String> ids) {
		return batch(ids, this.api::departments, DepartmentDto::id);
	}

	public Mono<Map<String, RegionDto>> regions(Collection<String> ids) {
		return batch(ids, this.api::regions, RegionDto::id);
	}

	private <T> Mono<Map<String, T>> batch(Collection<String> ids, Function<String, Mono<List<T>>> call,
			Function<T, String> idOf) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		String joined = ids.stream().sorted().collect(Collectors.joining(","));
		return this.calls.read(Mono.defer(() -> call.apply(joined)))
			.map(found -> found.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a)));
	}

}
