package dev.huiju.bff.bigscreen;

import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** One instance, no Redis: changes go straight to this instance's subscribers. */
class InProcessIndicatorBus implements IndicatorBus {

	private final Sinks.Many<IndicatorDto> sink = Sinks.many().multicast().directBestEffort();

	@Override
	public Mono<Void> publish(List<IndicatorDto> indicators) {
		return Mono.fromRunnable(() -> indicators.forEach(this.sink::tryEmitNext));
	}

	@Override
	public Flux<IndicatorDto> updates() {
		return this.sink.asFlux();
	}

}
