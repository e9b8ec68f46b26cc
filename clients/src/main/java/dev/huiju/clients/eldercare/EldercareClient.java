package dev.huiju.clients.eldercare;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import dev.huiju.clients.eldercare.EldercareDtos.InstitutionDto;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentDto;
import reactor.core.publisher.Mono;

/**
 * Calls the elder care service. Reads are retried, changes never. Institutions are reference data, by id through
 * the cache; residents never are (they are personal data, read only for the caller's region).
 */
public class EldercareClient {

	static final String INSTITUTIONS = "institutions";

	private final EldercareApi api;

	private final ResilientCalls calls;

	private final ReferenceCache cache;

	public EldercareClient(EldercareApi api, ResilientCalls calls, ReferenceCache cache) {
		this.api = api;
		this.calls = calls;
		this.cache = cache;
	}

	public <T> Mono<T> read(Function<EldercareApi, Mono<T>> call) {
		return this.calls.read(Mono.defer(() -> call.apply(this.api)));
	}

	public <T> Mono<T> change(Function<EldercareApi, Mono<T>> call) {
		return this.calls.write(Mono.defer(() -> call.apply(this.api)));
	}

	public Mono<Map<Long, ResidentDto>> residentsByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		String joined = ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
		return read(api -> api.residentsByIds(joined))
			.map(found -> found.stream().collect(Collectors.toMap(ResidentDto::id, r -> r)));
	}

	/** Every application of these residents, by resident, oldest first; a resident with none is absent. */
	public Mono<Map<Long, List<ApplicationDto>>> applicationsOfResidents(Collection<Long> residentIds) {
		if (residentIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		String joined = residentIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
		return read(api -> api.applicationsOfResidents(joined))
			.map(found -> found.stream().collect(Collectors.groupingBy(ApplicationDto::residentId)));
	}

	/** Institutions by id, through the reference-data cache where {@code huiju.clients.cache.institutions} configures it. */
	public Mono<Map<Long, InstitutionDto>> institutionsByIds(Collection<Long> ids) {
		List<String> keys = ids.stream().distinct().map(String::valueOf).toList();
		return this.cache.lookup(INSTITUTIONS, keys, InstitutionDto.class, missing -> read(EldercareApi::institutions)
			.map(all -> all.stream().filter(i -> missing.contains(String.valueOf(i.id())))
				.collect(Collectors.toMap(i -> String.valueOf(i.id()), i -> i))))
			.map(found -> {
				Map<Long, InstitutionDto> byId = new HashMap<>();
				found.forEach((id, institution) -> byId.put(Long.valueOf(id), institution));
				return byId;
			});
	}

	/**
	 * Forgets an institution whose beds or list a change made wrong. Best effort: the change is made whether or not
	 * the cache answers, and a stale copy lives at most its short TTL.
	 */
	public Mono<Void> evictInstitution(long id) {
		return this.cache.evict(INSTITUTIONS, List.of(String.valueOf(id))).onErrorResume(unreachable -> Mono.empty());
	}

}
