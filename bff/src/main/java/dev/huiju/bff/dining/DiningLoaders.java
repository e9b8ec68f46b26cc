package dev.huiju.bff.dining;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.DinerDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.RatingSummaryDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The batch loaders of dining: whatever a level of the query asks of each kind goes to the service in one call. */
final class DiningLoaders {

	static final String CANTEENS = "canteens";

	static final String MENUS = "canteenMenus";

	static final String MENUS_BY_ID = "menus";

	static final String RATINGS = "canteenRatings";

	static final String DINERS = "diners";

	private DiningLoaders() {
	}

	/** What a batch call answered, by its key, called with the caller's token. */
	static <K, T> CompletionStage<Map<K, T>> byKey(Mono<List<T>> found, Function<T, K> key, BatchLoaderEnvironment env) {
		return found.map(items -> {
			Map<K, T> byKey = new HashMap<>();
			items.forEach(item -> byKey.put(key.apply(item), item));
			return byKey;
		}).contextWrite(Callers.context(env)).toFuture();
	}

	/** The menus of one canteen over a window of days. */
	record MenuWindow(long canteenId, LocalDate from, LocalDate to) {
	}

	/**
	 * Canteens by id, through the reference cache; a civil-affairs account's reads are scoped to its region,
	 * so they bypass the shared cache.
	 */
	@DgsDataLoader(name = CANTEENS)
	static class Canteens implements MappedBatchLoaderWithContext<Long, CanteenDto> {

		private final DiningClient dining;

		Canteens(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<Long, CanteenDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			Caller caller = Callers.of(env);
			boolean shared = !caller.roles().contains("CIVIL_AFFAIRS");
			return this.dining.canteensByIds(ids, shared).contextWrite(Callers.context(env)).toFuture();
		}

	}

	/** Menus of many canteens: one call per window of days asked for (a screen asks for one). */
	@DgsDataLoader(name = MENUS)
	static class Menus implements MappedBatchLoaderWithContext<MenuWindow, List<MenuDto>> {

		private final DiningClient dining;

		Menus(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<MenuWindow, List<MenuDto>>> load(Set<MenuWindow> keys, BatchLoaderEnvironment env) {
			Map<List<LocalDate>, List<Long>> byWindow = new LinkedHashMap<>();
			keys.forEach(key -> byWindow.computeIfAbsent(List.of(key.from(), key.to()), w -> new ArrayList<>())
				.add(key.canteenId()));
			return Flux.fromIterable(byWindow.entrySet())
				.flatMap(window -> this.dining.menus(window.getValue(), window.getKey().get(0), window.getKey().get(1))
					.map(menus -> {
						Map<MenuWindow, List<MenuDto>> found = new HashMap<>();
						for (Long canteen : window.getValue()) {
							found.put(new MenuWindow(canteen, window.getKey().get(0), window.getKey().get(1)), new ArrayList<>());
						}
						menus.forEach(menu -> found.get(new MenuWindow(menu.canteenId(), window.getKey().get(0),
								window.getKey().get(1))).add(menu));
						return found;
					}))
				.collectList()
				.map(parts -> {
					Map<MenuWindow, List<MenuDto>> all = new HashMap<>();
					parts.forEach(all::putAll);
					return all;
				})
				.contextWrite(Callers.context(env))
				.toFuture();
		}

	}

	@DgsDataLoader(name = MENUS_BY_ID)
	static class MenusById implements MappedBatchLoaderWithContext<Long, MenuDto> {

		private final DiningClient dining;

		MenusById(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<Long, MenuDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return byKey(this.dining.menusByIds(ids), MenuDto::id, env);
		}

	}

	@DgsDataLoader(name = RATINGS)
	static class Ratings implements MappedBatchLoaderWithContext<Long, RatingSummaryDto> {

		private final DiningClient dining;

		Ratings(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<Long, RatingSummaryDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return byKey(this.dining.ratingSummaries(ids), RatingSummaryDto::canteenId, env);
		}

	}

	@DgsDataLoader(name = DINERS)
	static class Diners implements MappedBatchLoaderWithContext<String, DinerDto> {

		private final DiningClient dining;

		Diners(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<String, DinerDto>> load(Set<String> ids, BatchLoaderEnvironment env) {
			return byKey(this.dining.dinersByIds(ids), DinerDto::id, env);
		}

	}

}
