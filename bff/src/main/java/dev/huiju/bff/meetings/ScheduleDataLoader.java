package dev.huiju.bff.meetings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.meetings.MeetingsClient;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;
import reactor.core.publisher.Flux;

/**
 * The schedules of every person asked for at one level: one call per distinct window (a list of people asked
 * for the same week is one call, however many people).
 */
@DgsDataLoader(name = ScheduleDataLoader.NAME)
class ScheduleDataLoader implements MappedBatchLoaderWithContext<ScheduleDataLoader.Key, List<MeetingDto>> {

	static final String NAME = "schedules";

	private final MeetingsClient meetings;

	ScheduleDataLoader(MeetingsClient meetings) {
		this.meetings = meetings;
	}

	@Override
	public CompletionStage<Map<Key, List<MeetingDto>>> load(Set<Key> keys, BatchLoaderEnvironment env) {
		Map<Window, List<String>> byWindow = new LinkedHashMap<>();
		keys.forEach(key -> byWindow.computeIfAbsent(key.window(), w -> new ArrayList<>()).add(key.personId()));
		return Flux.fromIterable(byWindow.entrySet())
			.concatMap(entry -> this.meetings.schedule(entry.getValue(), entry.getKey().from(), entry.getKey().to())
				.map(entries -> {
					Map<Key, List<MeetingDto>> found = new HashMap<>();
					entry.getValue().forEach(person -> found.put(new Key(person, entry.getKey()), new ArrayList<>()));
					entries.forEach(e -> found.computeIfAbsent(new Key(e.personId(), entry.getKey()), k -> new ArrayList<>())
						.add(e.meeting()));
					return found;
				}))
			.<Map<Key, List<MeetingDto>>>reduceWith(HashMap::new, (all, some) -> {
				all.putAll(some);
				return all;
			})
			.contextWrite(Callers.context(env))
			.toFuture();
	}

	record Window(OffsetDateTime from, OffsetDateTime to) {
	}

	record Key(String personId, Window window) {
	}

}
