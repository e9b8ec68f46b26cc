package dev.huiju.bff.meetings;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** Every meeting asked for by id at one level of an operation, in one call. */
@DgsDataLoader(name = MeetingDataLoader.NAME)
class MeetingDataLoader implements MappedBatchLoaderWithContext<Long, MeetingDto> {

	static final String NAME = "meetings";

	private final MeetingsClient meetings;

	MeetingDataLoader(MeetingsClient meetings) {
		this.meetings = meetings;
	}

	@Override
	public CompletionStage<Map<Long, MeetingDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
		return this.meetings.byIds(ids)
			.map(found -> found.stream().collect(Collectors.toMap(MeetingDto::id, Function.identity(), (a, b) -> a)))
			.contextWrite(Callers.context(env))
			.toFuture();
	}

}
