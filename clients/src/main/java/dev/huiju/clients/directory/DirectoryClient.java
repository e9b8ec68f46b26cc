package dev.huiju.clients.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import reactor.core.publisher.Mono;

/**
 * Batch lookups in the directory: one call for any number of ids, answered as a map by id, through the
 * reference-data cache for whichever of people, departments and regions it is configured for.
 */
public class DirectoryClient {

	private final DirectoryApi api;

	private final ResilientCalls calls;

	private final ReferenceCache cache;

	public DirectoryClient(DirectoryApi api, ResilientCalls calls, ReferenceCache cache) {
		this.api = api;
		this.calls = calls;
		this.cache = cache;
	}

	public static final String PEOPLE = "people";

	public static final String DEPARTMENTS = "departments";

	public static final String REGIONS = "regions";

	public Mono<Map<String, PersonDto>> people(Collection<String> ids) {
		return this.cache.lookup(PEOPLE, ids, PersonDto.class, missing -> batch(missing, this.api::people, PersonDto::id));
	}

	/** Everyone in one department, ordered by id. */
	public Mono<List<PersonDto>> peopleOfDepartment(String departmentId) {
		return this.calls.read(Mono.defer(() -> this.api.peopleOfDepartment(departmentId)));
	}

	/** Changes a person's own phone (never retried), then drops their cached entry for every BFF instance. */
	public Mono<PersonDto> updatePhone(String personId, String phone) {
		return this.calls.write(Mono.defer(() -> this.api.updateContact(personId, Map.of("phone", phone))))
			.flatMap(updated -> this.cache.evict(PEOPLE, List.of(personId)).thenReturn(updated));
	}

	public Mono<Map<String, DepartmentDto>> departments(Collection<String> ids) {
		return this.cache.lookup(DEPARTMENTS, ids, DepartmentDto.class,
				missing -> batch(missing, this.api::departments, DepartmentDto::id));
	}

	public Mono<Map<String, RegionDto>> regions(Collection<String> ids) {
		return this.cache.lookup(REGIONS, ids, RegionDto.class, missing -> batch(missing, this.api::regions, RegionDto::id));
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
