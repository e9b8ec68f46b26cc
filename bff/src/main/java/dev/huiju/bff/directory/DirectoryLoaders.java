package dev.huiju.bff.directory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/** Names of the directory loaders, and the lookups other domains use to resolve a person by id. */
public final class DirectoryLoaders {

	public static final String PEOPLE = "people";

	public static final String DEPARTMENTS = "departments";

	public static final String REGIONS = "regions";

	private DirectoryLoaders() {
	}

	/** One person, batched with every other person asked for at the same level of the query. */
	public static CompletableFuture<PersonDto> person(DataFetchingEnvironment env, String id) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		DataLoader<String, PersonDto> loader = env.getDataLoader(PEOPLE);
		return loader.load(id);
	}

	/** One department, batched with every other department asked for at the same level of the query. */
	public static CompletableFuture<DepartmentDto> department(DataFetchingEnvironment env, String id) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		DataLoader<String, DepartmentDto> loader = env.getDataLoader(DEPARTMENTS);
		return loader.load(id);
	}

	/** Several people in the given order; ids the directory does not know are left out. */
	public static CompletableFuture<List<PersonDto>> people(DataFetchingEnvironment env, List<String> ids) {
		DataLoader<String, PersonDto> loader = env.getDataLoader(PEOPLE);
		return loader.loadMany(ids).thenApply(found -> found.stream().filter(Objects::nonNull).toList());
	}

}
