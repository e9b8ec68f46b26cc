package dev.huiju.bff.todo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.DgsTypeResolver;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.schema.generated.DgsConstants;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asks every {@link TodoSource} at once and merges their items by due time. A source that fails is left out
 * with an {@code UNAVAILABLE} error naming its domain; the others' items stand.
 */
@DgsComponent
public class TodoDataFetcher {

	private static final Logger log = LoggerFactory.getLogger(TodoDataFetcher.class);

	static final int MAX_ITEMS = 200;

	private static final Comparator<TodoItem> SOONEST_FIRST = Comparator
		.comparing(TodoItem::dueAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))
		.thenComparing(TodoItem::id);

	private final List<TodoSource> sources;

	TodoDataFetcher(List<TodoSource> sources) {
		this.sources = sources;
	}

	@DgsQuery(field = DgsConstants.QUERY.Todo)
	Mono<DataFetcherResult<TodoList>> todo(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int limit = (first != null) ? first : 50;
		if (limit < 1 || limit > MAX_ITEMS) {
			throw new BadUserInput("first must be between 1 and " + MAX_ITEMS);
		}
		Caller caller = Callers.of(env);
		String me = caller.userId();
		return Flux.fromIterable(this.sources)
			.filter(source -> source.appliesTo(caller))
			.flatMap(source -> source.items(me, limit, env)
				.<Answer>map(items -> new Answer(source.domain(), List.copyOf(items)))
				.onErrorResume(ex -> {
					log.warn("to-do items of {} unavailable: {}", source.domain(), ex.toString());
					return Mono.just(new Answer(source.domain(), null));
				}))
			.collectList()
			.map(answers -> {
				List<TodoItem> items = new ArrayList<>();
				List<String> unavailable = new ArrayList<>();
				List<GraphQLError> errors = new ArrayList<>();
				for (Answer answer : answers) {
					if (answer.items == null) {
						unavailable.add(answer.domain);
						errors.add(GraphqlErrorBuilder.newError(env)
							.message("the " + answer.domain + " service did not answer; its to-do items are missing")
							.extensions(java.util.Map.of("code", "UNAVAILABLE", "domain", answer.domain))
							.build());
					}
					else {
						items.addAll(answer.items);
					}
				}
				items.sort(SOONEST_FIRST);
				unavailable.sort(Comparator.naturalOrder());
				TodoList list = new TodoList(List.copyOf(items.subList(0, Math.min(limit, items.size()))), unavailable);
				return DataFetcherResult.<TodoList>newResult().data(list).errors(errors).build();
			});
	}

	/** Each item record is named after the GraphQL type it is. Public, like the class: DGS calls it by reflection from its own package. */
	@DgsTypeResolver(name = DgsConstants.TODOITEM.TYPE_NAME)
	public String type(TodoItem item) {
		return item.getClass().getSimpleName();
	}

	private record Answer(String domain, List<? extends TodoItem> items) {
	}

}
