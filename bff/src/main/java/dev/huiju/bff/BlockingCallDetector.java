package dev.huiju.bff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.blockhound.BlockHound;

/**
 * BlockHound for the end-to-end tests: any blocking call on an event-loop thread is logged with its stack
 * and fails the call that made it. Needs {@code -XX:+AllowRedefinitionToAddDeleteMethods} on Java 17.
 */
final class BlockingCallDetector {

	private static final Logger log = LoggerFactory.getLogger(BlockingCallDetector.class);

	private BlockingCallDetector() {
	}

	static void install() {
		BlockHound.install(builder -> builder
			// Locks that guard a one-time lazy build and are then never taken for long: kotlin-reflect's view of
			// a data fetcher method (DGS reads its parameters on each call; the first concurrent calls wait for
			// the one that builds it) and Jackson's creation of a type's deserializer on first use.
			.allowBlockingCallsInside("kotlin.reflect.jvm.internal.impl.storage.LockBasedStorageManager$LockBasedLazyValue",
					"invoke")
			.allowBlockingCallsInside("kotlin.reflect.jvm.internal.impl.storage.LockBasedStorageManager$MapBasedMemoizedFunction",
					"invoke")
			.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
			// Resilience4j's ring buffer of recent events (for the actuator) takes a lock for each write; held for
			// a few instructions, but contended under bursts.
			.allowBlockingCallsInside("io.github.resilience4j.circularbuffer.ConcurrentEvictingQueue", "writeConcurrently")
			// The same for a breaker's sliding window: each outcome updates a few counters under a lock, which
			// parks only when two event loops record for the same service at the same instant.
			.allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "record")
			.blockingMethodCallback(method -> {
			Error error = new Error("blocking call on an event-loop thread: " + method);
			log.error("BLOCKING CALL {}", method, error);
			throw error;
		}));
		log.info("BlockHound installed: blocking calls on event-loop threads are errors");
	}

}
