package dev.huiju.clients.cache;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A Caffeine expiry for values that carry their own end (epoch milliseconds): each entry lives until then,
 * whatever happens to it meanwhile. Used by every bounded in-process store of huiju.
 */
public final class ExpiresAt<K, V> implements Expiry<K, V> {

	private final ToLongFunction<V> end;

	private final Clock clock;

	private ExpiresAt(ToLongFunction<V> end, Clock clock) {
		this.end = end;
		this.clock = clock;
	}

	public static <K, V> ExpiresAt<K, V> of(ToLongFunction<V> endMillis, Clock clock) {
		return new ExpiresAt<>(endMillis, clock);
	}

	/** Caffeine's time, read from the same clock, so that a test's clock moves the entries' ends too. */
	public static Ticker ticker(Clock clock) {
		return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
	}

	@Override
	public long expireAfterCreate(K key, V value, long currentTime) {
		return TimeUnit.MILLISECONDS.toNanos(Math.max(0, this.end.applyAsLong(value) - this.clock.millis()));
	}

	@Override
	public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
		return expireAfterCreate(key, value, currentTime);
	}

	@Override
	public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
		return currentDuration;
	}

}
