package dev.huiju.clients.bigscreen;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.bigscreen.BigscreenDtos.MemberValueDto;
import reactor.core.publisher.Mono;

/** Reads the cockpit's indicators through the service's limit, timeout, breaker and retries. */
public class BigscreenClient {

	private final BigscreenApi api;

	private final ResilientCalls calls;

	public BigscreenClient(BigscreenApi api, ResilientCalls calls) {
		this.api = api;
		this.calls = calls;
	}

	public <T> Mono<T> read(Function<BigscreenApi, Mono<T>> call) {
		return this.calls.read(Mono.defer(() -> call.apply(this.api)));
	}

	/** The members of each indicator, highest first, at most {@code limit} each: one call for all of them. */
	public Mono<Map<String, List<MemberValueDto>>> members(Collection<String> keys, int limit) {
		if (keys.isEmpty()) {
			return Mono.just(Map.of());
		}
		return read(api -> api.members(String.join(",", keys), limit))
			.map(found -> found.stream().collect(Collectors.groupingBy(MemberValueDto::key)));
	}

}
