package dev.huiju.bff.directory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import org.dataloader.MappedBatchLoader;

/** All regions asked for at one level of a query, in one directory call. */
@DgsDataLoader(name = DirectoryLoaders.REGIONS)
class RegionDataLoader implements MappedBatchLoader<String, RegionDto> {

	private final DirectoryClient directory;

	RegionDataLoader(DirectoryClient directory) {
		this.directory = directory;
	}

	@Override
	public CompletionStage<Map<String, RegionDto>> load(Set<String> ids) {
		return this.directory.regions(ids).toFuture();
	}

}
