package dev.huiju.bff.ratelimits;

import java.time.Duration;

/**
 * The window a call falls in: windows of the allowance's length, counted from the epoch, so that every
 * instance agrees on where one ends.
 *
 * @param key names the counter of one user in one bucket for this window
 * @param retryAfter time left until the next window
 */
record FixedWindow(String key, Duration retryAfter) {

	static FixedWindow of(String bucket, String userId, RateLimitProperties.Allowance allowance, long nowMillis) {
		long length = allowance.window().toMillis();
		long index = nowMillis / length;
		return new FixedWindow(bucket + ":" + userId + ":" + index, Duration.ofMillis((index + 1) * length - nowMillis));
	}

}
