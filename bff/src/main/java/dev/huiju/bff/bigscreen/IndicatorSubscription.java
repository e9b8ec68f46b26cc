package dev.huiju.bff.bigscreen;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import dev.huiju.schema.generated.DgsConstants;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Changed indicators as they come, for the rest of the token's life: when it expires the subscription
 * completes, and the screen signs in again and subscribes anew. Each value passes the same field rules, audit and
 * watermark as a query's answer.
 */
@DgsComponent
class IndicatorSubscription {

	private final IndicatorBus bus;

	IndicatorSubscription(IndicatorBus bus) {
		this.bus = bus;
	}

	@DgsSubscription(field = DgsConstants.SUBSCRIPTION.IndicatorChanged)
	Publisher<IndicatorDto> indicatorChanged(@InputArgument List<String> keys, DgsDataFetchingEnvironment env) {
		Set<String> wanted = (keys == null) ? null : Set.copyOf(keys);
		Instant expires = env.getGraphQlContext().getOrDefault(Callers.EXPIRES_KEY, Instant.MAX);
		Flux<IndicatorDto> changes = this.bus.updates()
			.filter(indicator -> wanted == null || wanted.contains(indicator.key()));
		if (expires.equals(Instant.MAX)) {
			return changes;
		}
		Duration left = Duration.between(Instant.now(), expires);
		return left.isNegative() ? Flux.empty() : changes.take(left);
	}

}
