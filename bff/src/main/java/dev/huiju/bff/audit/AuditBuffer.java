package dev.huiju.bff.audit;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The events waiting for the audit writer: offered from event-loop threads without a lock (an
 * {@code ArrayBlockingQueue} takes one, and two requests ending at once on two event loops made one of them
 * wait), taken in order by the one writer thread, which sleeps while there is nothing to take and is woken by
 * the next offer.
 */
final class AuditBuffer {

	private final Queue<AuditEvent> events = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	private final int capacity;

	private volatile Thread sleeping;

	AuditBuffer(int capacity) {
		this.capacity = capacity;
	}

	/** False at once when the buffer is full. */
	boolean offer(AuditEvent event) {
		if (this.size.incrementAndGet() > this.capacity) {
			this.size.decrementAndGet();
			return false;
		}
		this.events.add(event);
		Thread writer = this.sleeping;
		if (writer != null) {
			LockSupport.unpark(writer);
		}
		return true;
	}

	AuditEvent poll() {
		AuditEvent event = this.events.poll();
		if (event != null) {
			this.size.decrementAndGet();
		}
		return event;
	}

	/** The next event, waiting at most {@code millis} for one; only the writer thread calls it. */
	AuditEvent poll(long millis) {
		// Said before looking: an event offered after this line wakes the park below.
		this.sleeping = Thread.currentThread();
		try {
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
			AuditEvent event = poll();
			// a park may end early for no reason: look again until the time is up
			for (long left = deadline - System.nanoTime(); event == null && left > 0; left = deadline - System.nanoTime()) {
				LockSupport.parkNanos(this, left);
				event = poll();
			}
			return event;
		}
		finally {
			this.sleeping = null;
		}
	}

	void drainTo(List<AuditEvent> into, int max) {
		for (int i = 0; i < max; i++) {
			AuditEvent event = poll();
			if (event == null) {
				return;
			}
			into.add(event);
		}
	}

	void drainTo(List<AuditEvent> into) {
		drainTo(into, Integer.MAX_VALUE);
	}

	int size() {
		return Math.max(0, this.size.get());
	}

	boolean isEmpty() {
		return this.size.get() <= 0;
	}

	int remainingCapacity() {
		return Math.max(0, this.capacity - this.size.get());
	}

}
