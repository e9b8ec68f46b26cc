package dev.huiju.bff.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Refused tokens, counted per client address and path over a window, and audited as one event per address
 * and window with the count: a flood of bad tokens costs a counter increment per request, not an event, and
 * still shows in the trail who tried and how often. Addresses past {@value #MAX_SOURCES} in one window are
 * counted together under {@code *}.
 */
@Component
public class RefusedTokens implements SmartLifecycle {

	static final int MAX_SOURCES = 10_000;

	private final AuditTrail trail;

	private final Clock clock;

	private final Duration window;

	private final Map<Source, Tally> tallies = new ConcurrentHashMap<>();

	private ScheduledExecutorService flusher;

	RefusedTokens(AuditTrail trail, Clock clock,
			@Value("${huiju.audit.refused-tokens-window:10s}") Duration window) {
		this.trail = trail;
		this.clock = clock;
		this.window = window;
	}

	/** Counts one refusal; never blocks. */
	public void record(String clientAddress, String path, String reason) {
		Source source = new Source((clientAddress != null) ? clientAddress : "unknown", path);
		if (!this.tallies.containsKey(source) && this.tallies.size() >= MAX_SOURCES) {
			source = new Source("*", path);
		}
		Tally tally = this.tallies.computeIfAbsent(source, key -> new Tally(OffsetDateTime.now(this.clock)));
		tally.count.increment();
		if (tally.reasons.size() < 5) {
			tally.reasons.add(reason);
		}
	}

	/** One event per source counted since the last flush. */
	void flush() {
		for (Source source : List.copyOf(this.tallies.keySet())) {
			Tally tally = this.tallies.remove(source);
			if (tally == null) {
				continue;
			}
			List<String> errors = new ArrayList<>();
			errors.add("UNAUTHENTICATED");
			synchronized (tally.reasons) {
				errors.addAll(tally.reasons);
			}
			this.trail.offer(new AuditEvent(null, tally.since, null, source.address(), null, null, source.path(), "token",
					"UNAUTHENTICATED", 0, List.of(), List.of("refusals:" + tally.count.sum()), List.of(), errors, null));
		}
	}

	@Override
	public void start() {
		this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "refused-tokens");
			thread.setDaemon(true);
			return thread;
		});
		this.flusher.scheduleWithFixedDelay(this::flush, this.window.toMillis(), this.window.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.flusher != null) {
			this.flusher.shutdownNow();
			this.flusher = null;
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.flusher != null;
	}

	/** Stops before the audit trail, so that the last counts reach it. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private record Source(String address, String path) {
	}

	private static final class Tally {

		final OffsetDateTime since;

		final LongAdder count = new LongAdder();

		final Set<String> reasons = java.util.Collections.synchronizedSet(new TreeSet<>());

		Tally(OffsetDateTime since) {
			this.since = since;
		}

	}

}
