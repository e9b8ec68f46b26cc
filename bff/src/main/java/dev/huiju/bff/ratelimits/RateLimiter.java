package dev.huiju.bff.ratelimits;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Counts one call of a user against a bucket's allowance and says whether it may go ahead. */
public interface RateLimiter {

	Mono<Verdict> take(String bucket, String userId);

	/** Whether the call may go ahead, and if not, how long until the window turns. */
	record Verdict(boolean allowed, Duration retryAfter) {
	}

}
