package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** All regions asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.REGIONS)
class RegionDataLoader implements MappedBatchLoaderWithContext<String, RegionDto> {

	private final DirectoryClient directory;

	RegionDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, RegionDto>> load(Set<String> ids, BatchLoaderEnvironment env) {
		return this.directory.regions(ids).contextWrite(Callers.context(env)).toFuture();
	}

}
