package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import org.dataloader.MappedBatchLoader;

/** All people asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.PEOPLE)
class PersonDataLoader implements MappedBatchLoader<String, PersonDto> {

	private final DirectoryClient directory;

	PersonDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, PersonDto>> load(Set<String> ids) {
		return this.directory.people(ids).toFuture();
	}

}
