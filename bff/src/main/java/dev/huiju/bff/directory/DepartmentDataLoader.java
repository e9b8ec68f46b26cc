package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** All departments asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.DEPARTMENTS)
class DepartmentDataLoader implements MappedBatchLoaderWithContext<String, DepartmentDto> {

	private final DirectoryClient directory;

	DepartmentDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, DepartmentDto>> load(Set<String> ids, BatchLoaderEnvironment env) {
		return this.directory.departments(ids).contextWrite(Callers.context(env)).toFuture();
	}

}
