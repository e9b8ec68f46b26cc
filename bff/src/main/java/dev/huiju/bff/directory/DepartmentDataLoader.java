package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import org.dataloader.MappedBatchLoader;

/** All departments asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.DEPARTMENTS)
class DepartmentDataLoader implements MappedBatchLoader<String, DepartmentDto> {

	private final DirectoryClient directory;

	DepartmentDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, DepartmentDto>> load(Set<String> ids) {
		return this.directory.departments(ids).toFuture();
	}

}
