package dev.huiju.clients.dining;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.DinerDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.RatingSummaryDto;
import dev.huiju.clients.dining.DiningDtos.ResidentMealsDto;
import reactor.core.publisher.Mono;

/**
 * Calls the dining service. Reads go through {@link ResilientCalls#read} (retried), changes through
 * {@link #change} (never retried). Canteens are reference data: by id through the cache, evicted when their
 * operator changes one through the BFF.
 */
public class DiningClient {

	static final String CANTEENS = "canteens";

	private final DiningApi api;

	private final ResilientCalls calls;

	private final ReferenceCache cache;

	public DiningClient(DiningApi api, ResilientCalls calls, ReferenceCache cache) {
		this.api = api;
		this.calls = calls;
		this.cache = cache;
	}

	/** Every read that needs no batching or caching: the function picks the endpoint. */
	public <T> Mono<T> read(Function<DiningApi, Mono<T>> call) {
		return this.calls.read(Mono.defer(() -> call.apply(this.api)));
	}

	/** Runs one change against the service, unretried; the function picks the endpoint. */
	public <T> Mono<T> change(Function<DiningApi, Mono<T>> call) {
		return this.calls.write(Mono.defer(() -> call.apply(this.api)));
	}

	/**
	 * Canteens by id, through the reference-data cache where {@code huiju.clients.cache.canteens} configures it.
	 * Canteens are public to diners and staff; a civil-affairs account's region limits what it reads, so its
	 * lookups bypass the shared cache.
	 */
	public Mono<Map<Long, CanteenDto>> canteensByIds(Collection<Long> ids, boolean shared) {
		List<String> keys = ids.stream().distinct().map(String::valueOf).toList();
		if (keys.isEmpty()) {
			return Mono.just(Map.of());
		}
		Function<Collection<String>, Mono<Map<String, CanteenDto>>> load = missing -> this.calls
			.read(Mono.defer(() -> this.api.canteensByIds(String.join(",", missing))))
			.map(found -> found.stream().collect(Collectors.toMap(c -> String.valueOf(c.id()), c -> c)));
		Mono<Map<String, CanteenDto>> found = shared ? this.cache.lookup(CANTEENS, keys, CanteenDto.class, load)
				: load.apply(keys);
		return found.map(byKey -> {
			Map<Long, CanteenDto> byId = new HashMap<>();
			byKey.forEach((id, canteen) -> byId.put(Long.valueOf(id), canteen));
			return byId;
		});
	}

	/** Forgets a canteen after its operator changed it, so the next read asks the service. */
	public Mono<Void> evictCanteen(long id) {
		return this.cache.evict(CANTEENS, List.of(String.valueOf(id)));
	}

	/** The menus of these canteens over these days, in one call. */
	public Mono<List<MenuDto>> menus(Collection<Long> canteenIds, LocalDate from, LocalDate to) {
		if (canteenIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(api -> api.menus(join(canteenIds), from.toString(), to.toString()));
	}

	public Mono<List<MenuDto>> menusByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(api -> api.menusByIds(join(ids)));
	}

	public Mono<List<RatingSummaryDto>> ratingSummaries(Collection<Long> canteenIds) {
		if (canteenIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(api -> api.ratingSummaries(join(canteenIds)));
	}

	public Mono<List<DinerDto>> dinersByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(api -> api.dinersByIds(String.join(",", ids)));
	}

	/** The meals of elder-care residents who are diners, by resident id; the others are absent. */
	public Mono<Map<Long, ResidentMealsDto>> residentMeals(Collection<Long> residentIds) {
		if (residentIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return read(api -> api.residentMeals(join(residentIds)))
			.map(found -> found.stream().collect(Collectors.toMap(ResidentMealsDto::residentId, meals -> meals)));
	}

	private static String join(Collection<Long> ids) {
		return ids.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
	}

}
