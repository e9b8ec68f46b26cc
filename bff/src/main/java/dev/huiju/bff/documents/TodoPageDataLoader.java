package dev.huiju.bff.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.documents.DocumentsDtos.PageDto;
import dev.huiju.clients.documents.ListView;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * The to-do pages asked for in one level of an operation, one call per person and starting point: a screen
 * that shows five summaries and, under another alias, the first item's trail asks the documents service once,
 * for the longer page, and each field gets its own cut of it.
 */
@DgsDataLoader(name = TodoPageDataLoader.NAME)
class TodoPageDataLoader implements MappedBatchLoaderWithContext<TodoPageDataLoader.Key, PageDto> {

	static final String NAME = "todoPages";

	private final DocumentsClient documents;

	TodoPageDataLoader(DocumentsClient documents) {
		this.documents = documents;
	}

	/** One field's page: whose to-do, after which item (null: from the start), how many, in which view. */
	record Key(String personId, String after, int limit, ListView view) {

		private Key start() {
			return new Key(this.personId, this.after, 0, ListView.SUMMARY);
		}

	}

	@Override
	public CompletionStage<Map<Key, PageDto>> load(Set<Key> keys, BatchLoaderEnvironment env) {
		Map<Key, List<Key>> byStart = keys.stream().collect(Collectors.groupingBy(Key::start));
		return Flux.fromIterable(byStart.values())
			.flatMap(same -> {
				Key longest = same.stream().max(Comparator.comparingInt(Key::limit)).orElseThrow();
				// one call answers them all: in full if any of them needs more than a summary
				ListView view = same.stream().allMatch(key -> key.view() == ListView.SUMMARY) ? ListView.SUMMARY
						: ListView.FULL;
				Mono<PageDto> page = this.documents.todo(longest.personId(), longest.after(), longest.limit(), view);
				return page.flatMapIterable(found -> same.stream().map(key -> Tuples.of(key, cut(found, key.limit()))).toList());
			})
			.collectMap(Tuple2::getT1, Tuple2::getT2)
			.contextWrite(Callers.context(env))
			.toFuture();
	}

	/** The first {@code limit} items (at least one); the service's next cursor is the id of the last item given. */
	static PageDto cut(PageDto page, int limit) {
		if (page.items().size() <= limit) {
			return page;
		}
		List<DocumentDto> first = page.items().subList(0, limit);
		return new PageDto(first, String.valueOf(first.get(limit - 1).id()));
	}

}
