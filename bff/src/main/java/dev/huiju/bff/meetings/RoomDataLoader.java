package dev.huiju.bff.meetings;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos.RoomDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** Every room asked for at one level, through the reference-data cache, in at most one call. */
@DgsDataLoader(name = RoomDataLoader.NAME)
class RoomDataLoader implements MappedBatchLoaderWithContext<Long, RoomDto> {

	static final String NAME = "rooms";

	private final MeetingsClient meetings;

	RoomDataLoader(MeetingsClient meetings) {
		this.meetings = meetings;
	}

	@Override
	public CompletionStage<Map<Long, RoomDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
		return this.meetings.roomsByIds(ids).contextWrite(Callers.context(env)).toFuture();
	}

}
