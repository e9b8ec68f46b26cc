package dev.huiju.bff.bigscreen;

import java.time.Clock;
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
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Changed indicators as they come, for the rest of the token's life: when it expires the subscription
 * completes, and the screen signs in again and subscribes anew. Each value passes the same field rules, audit and
 * watermark as a query's answer.
 */
@DgsComponent
class IndicatorSubscription {

	/** Values a subscriber may fall behind by before the oldest are dropped. */
	private static final int BACKLOG = 256;

	private final IndicatorBus bus;

	private final Clock clock;

	IndicatorSubscription(IndicatorBus bus, Clock clock) {
		this.bus = bus;
		this.clock = clock;
	}

	@DgsSubscription(field = DgsConstants.SUBSCRIPTION.IndicatorChanged)
	Publisher<IndicatorDto> indicatorChanged(@InputArgument List<String> keys, DgsDataFetchingEnvironment env) {
		Set<String> wanted = (keys == null) ? null : Set.copyOf(keys);
		Instant expires = env.getGraphQlContext().getOrDefault(Callers.EXPIRES_KEY, Instant.MAX);
		// Each subscriber runs its selection set on its own worker, not on the thread that announced the change; one
		// that falls behind keeps the newest values and loses the oldest, never holding the others up.
		Flux<IndicatorDto> changes = this.bus.updates()
			.filter(indicator -> wanted == null || wanted.contains(indicator.key()))
			.onBackpressureBuffer(BACKLOG, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST)
			.publishOn(Schedulers.parallel());
		if (expires.equals(Instant.MAX)) {
			return changes;
		}
		Duration left = Duration.between(this.clock.instant(), expires);
		return left.isNegative() ? Flux.empty() : changes.take(left);
	}

}
