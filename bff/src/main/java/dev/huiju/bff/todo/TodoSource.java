package dev.huiju.bff.todo;

import java.util.List;

import dev.huiju.bff.security.Caller;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

/** A domain's items of one person's to-do list, soonest due first, at most {@code limit}: one call to its service. */
public interface TodoSource {

	/** The domain's name, as the list reports it when its items are missing. */
	String domain();

	/**
	 * The items; {@code env} is the {@code todo} field's, for a source whose service can answer less when the
	 * operation selects less of its items ({@code bff.Selections}).
	 */
	Mono<List<? extends TodoItem>> items(String personId, int limit, DataFetchingEnvironment env);

	/** Whether the caller can have items here at all; a source that cannot is not asked, and not missed. */
	default boolean appliesTo(Caller caller) {
		return true;
	}

}
