package dev.huiju.bff;

import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * What an operation selects below a field, so that a fetcher asks its service for no more than the screen
 * shows. graphql-java has resolved fragments, aliases and skipped fields by then.
 */
public final class Selections {

	private Selections() {
	}

	/**
	 * Whether every field the operation selects at {@code glob} (relative to the current field, e.g.
	 * {@code "edges/node/*"}) is one of {@code names}. Name what a cheaper answer carries, not what it lacks: a
	 * field added to the schema later is then answered from the full one until someone says otherwise.
	 */
	public static boolean onlyAmong(DataFetchingEnvironment env, String glob, Set<String> names) {
		for (SelectedField field : env.getSelectionSet().getFields(glob)) {
			if (!names.contains(field.getName())) {
				return false;
			}
		}
		return true;
	}

}
