package dev.huiju.clients.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.cache.ReferenceCache;
import dev.huiju.clients.meetings.MeetingsDtos.MeetingDto;
import dev.huiju.clients.meetings.MeetingsDtos.RoomDto;
import dev.huiju.clients.meetings.MeetingsDtos.ScheduleEntryDto;
import dev.huiju.clients.meetings.MeetingsDtos.UtilisationDto;
import reactor.core.publisher.Mono;

/**
 * Calls the meetings service. Reads go through {@link ResilientCalls#read} (retried), changes through
 * {@link ResilientCalls#write} (never retried). Instants travel in UTC, so no offset's "+" meets a query string.
 */
public class MeetingsClient {

	static final String ROOMS = "rooms";

	private final MeetingsApi api;

	private final ResilientCalls calls;

	private final ReferenceCache cache;

	public MeetingsClient(MeetingsApi api, ResilientCalls calls, ReferenceCache cache) {
		this.api = api;
		this.calls = calls;
		this.cache = cache;
	}

	public Mono<List<RoomDto>> rooms() {
		return this.calls.read(Mono.defer(this.api::rooms));
	}

	/** Rooms by id, through the reference-data cache where {@code huiju.clients.cache.rooms} configures it. */
	public Mono<Map<Long, RoomDto>> roomsByIds(Collection<Long> ids) {
		List<String> keys = ids.stream().distinct().map(String::valueOf).toList();
		return this.cache.lookup(ROOMS, keys, RoomDto.class, missing -> this.calls
			.read(Mono.defer(() -> this.api.roomsByIds(String.join(",", missing))))
			.map(rooms -> rooms.stream().collect(Collectors.toMap(room -> String.valueOf(room.id()), room -> room))))
			.map(found -> {
				Map<Long, RoomDto> byId = new HashMap<>();
				found.forEach((id, room) -> byId.put(Long.valueOf(id), room));
				return byId;
			});
	}

	public Mono<List<RoomDto>> freeRooms(OffsetDateTime from, OffsetDateTime to, int seats, Collection<String> equipment) {
		String wanted = (equipment == null || equipment.isEmpty()) ? null : String.join(",", equipment);
		return this.calls.read(Mono.defer(() -> this.api.freeRooms(utc(from), utc(to), seats, wanted)));
	}

	public Mono<UtilisationDto> utilisation(LocalDate from, LocalDate to) {
		return this.calls.read(Mono.defer(() -> this.api.utilisation(from.toString(), to.toString())));
	}

	public Mono<List<MeetingDto>> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.calls.read(Mono.defer(() -> this.api.byIds(join(ids))));
	}

	public Mono<List<ScheduleEntryDto>> schedule(Collection<String> personIds, OffsetDateTime from, OffsetDateTime to) {
		if (personIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.calls.read(Mono.defer(() -> this.api.schedule(String.join(",", personIds), utc(from), utc(to))));
	}

	public Mono<List<MeetingDto>> invitations(String personId, int limit) {
		return this.calls.read(Mono.defer(() -> this.api.invitations(personId, limit)));
	}

	/** Runs one change against the service, unretried; the function picks the endpoint. */
	public <T> Mono<T> change(Function<MeetingsApi, Mono<T>> call) {
		return this.calls.write(Mono.defer(() -> call.apply(this.api)));
	}

	private static String join(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
	}

}
