package dev.huiju.bff.bigscreen;

import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where changed indicators travel from the instance the big screen service told to every instance's
 * subscribers: Redis pub/sub when {@code huiju.redis.enabled}, so that a subscriber on any instance hears every
 * change; in process on the embedded default.
 */
public interface IndicatorBus {

	/** Sends indicators to every instance's subscribers (this one's included). */
	Mono<Void> publish(List<IndicatorDto> indicators);

	/** The indicators this instance hears of, as they come, to every subscriber at once. */
	Flux<IndicatorDto> updates();

}
