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
		BlockHound.install(builder -> builder.blockingMethodCallback(method -> {
			Error error = new Error("blocking call on an event-loop thread: " + method);
			log.error("BLOCKING CALL {}", method, error);
			throw error;
		}));
		log.info("BlockHound installed: blocking calls on event-loop threads are errors");
	}

}
