package dev.huiju.bff;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random identifiers for correlation and audit events, made without touching the operating system's entropy
 * source: {@link UUID#randomUUID()} reads {@code /dev/urandom}, a blocking call on an event-loop thread. These
 * ids must be unique, not unguessable.
 */
public final class RandomIds {

	private RandomIds() {
	}

	/** A version-4-shaped UUID from the thread's own generator. */
	public static String next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}
