package dev.huiju.bff.bigscreen;

import java.time.Duration;
import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** One instance, no Redis: changes go straight to this instance's subscribers. */
class InProcessIndicatorBus implements IndicatorBus {

	private static final Duration EMIT_WAIT = Duration.ofMillis(100);

	private final Sinks.Many<IndicatorDto> sink = Sinks.many().multicast().directBestEffort();

	@Override
	public Mono<Void> publish(List<IndicatorDto> indicators) {
		// announcements arrive on several threads at once: each waits for the other's emission instead of being lost
		return Mono.fromRunnable(() -> indicators.forEach(
				indicator -> this.sink.emitNext(indicator, Sinks.EmitFailureHandler.busyLooping(EMIT_WAIT))));
	}

	@Override
	public Flux<IndicatorDto> updates() {
		return this.sink.asFlux();
	}

}
