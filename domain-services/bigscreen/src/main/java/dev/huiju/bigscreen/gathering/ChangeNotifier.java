package dev.huiju.bigscreen.gathering;

import java.util.Collection;
import java.util.List;

import dev.huiju.bigscreen.indicators.Indicators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Tells the BFF which indicators changed, with their new values for the city, so that live screens get them
 * without asking: one post per source and tick that changed something. Best effort: a BFF that is down misses
 * the announcement, and its screens read the values on their next query.
 */
@Component
class ChangeNotifier {

	private static final Logger log = LoggerFactory.getLogger(ChangeNotifier.class);

	private final BigscreenProperties properties;

	private final Indicators indicators;

	private final StatisticsClient client;

	ChangeNotifier(BigscreenProperties properties, Indicators indicators, StatisticsClient client) {
		this.properties = properties;
		this.indicators = indicators;
		this.client = client;
	}

	Mono<Void> changed(Collection<String> keys) {
		if (keys.isEmpty() || this.properties.notifyUrl().isBlank()) {
			return Mono.empty();
		}
		return this.indicators.now(List.copyOf(keys))
			.flatMap(values -> this.client.post(this.properties.notifyUrl(), values))
			.onErrorResume(ex -> {
				log.warn("could not announce {} to {}: {}", keys, this.properties.notifyUrl(), ex.toString());
				return Mono.empty();
			});
	}

}
