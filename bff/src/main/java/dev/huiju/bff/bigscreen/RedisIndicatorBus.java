package dev.huiju.bff.bigscreen;

import java.time.Duration;
import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Every instance listens to one Redis channel and hands what it hears to its own subscribers, so a change
 * published through any instance reaches them all. The listening survives Redis restarts: when the connection
 * drops it subscribes again (backing off up to 5 s), while the subscribers stay connected and simply hear
 * nothing meanwhile.
 */
class RedisIndicatorBus implements IndicatorBus {

	static final String CHANNEL = "huiju:indicators";

	private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(RedisIndicatorBus.class);

	private static final TypeReference<List<IndicatorDto>> LIST = new TypeReference<>() {
	};

	private final ReactiveStringRedisTemplate redis;

	private final JsonMapper json;

	private final Sinks.Many<IndicatorDto> local = Sinks.many().multicast().directBestEffort();

	private final Disposable listening;

	RedisIndicatorBus(ReactiveStringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
		this.listening = Flux.defer(() -> redis.listenToChannel(CHANNEL))
			.doOnSubscribe(s -> log.debug("listening to {}", CHANNEL))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(5))
				.doBeforeRetry(retry -> log.warn("listening to {} again after {}", CHANNEL, retry.failure().toString())))
			.subscribe(message -> {
				try {
					this.json.readValue(message.getMessage(), LIST).forEach(
							indicator -> this.local.emitNext(indicator, Sinks.EmitFailureHandler.busyLooping(PUBLISH_TIMEOUT)));
				}
				catch (RuntimeException ex) {
					log.warn("unreadable message on {}: {}", CHANNEL, ex.toString());
				}
			});
	}

	@Override
	public Mono<Void> publish(List<IndicatorDto> indicators) {
		return Mono.fromCallable(() -> this.json.writeValueAsString(indicators))
			.flatMap(text -> this.redis.convertAndSend(CHANNEL, text))
			// Redis away: the announcer hears so at once rather than when the client gives up
			.timeout(PUBLISH_TIMEOUT)
			.then();
	}

	@Override
	public Flux<IndicatorDto> updates() {
		return this.local.asFlux();
	}

	void close() {
		this.listening.dispose();
	}

}
