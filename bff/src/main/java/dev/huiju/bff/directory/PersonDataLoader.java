package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** All people asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.PEOPLE)
class PersonDataLoader implements MappedBatchLoaderWithContext<String, PersonDto> {

	private final DirectoryClient directory;

	PersonDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, PersonDto>> load(Set<String> ids, BatchLoaderEnvironment env) {
		return this.directory.people(ids).contextWrite(Callers.context(env)).toFuture();
	}

}
