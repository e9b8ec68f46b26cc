package dev.huiju.clients;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Retries of one service's reads, at most {@code ratio} of its calls over time, and at most {@code reserve} in
 * a burst: every call deposits {@code ratio} of a retry, every retry withdraws one, and the balance starts at
 * and never exceeds the reserve. When a service fails
 * because it is overloaded, retrying every failed read would add up to twice the load it already cannot
 * carry; the budget keeps the extra load a fixed, small share.
 */
public final class RetryBudget {

	private static final long ONE = 1_000;

	private final long deposit;

	private final long capacity;

	private final AtomicLong balance;

	/** {@code ratio}: retries per call (0.1: one in ten); {@code reserve}: retries in a burst. */
	public RetryBudget(double ratio, int reserve) {
		if (ratio < 0 || reserve < 0) {
			throw new IllegalArgumentException("a retry budget is not negative");
		}
		this.deposit = Math.round(ratio * ONE);
		this.capacity = Math.max(reserve, 1) * ONE;
		this.balance = new AtomicLong(this.capacity);
	}

	/** A first attempt. */
	public void called() {
		this.balance.getAndUpdate(current -> Math.min(this.capacity, current + this.deposit));
	}

	/** Whether a retry may go now; if so it is paid for. */
	public boolean tryRetry() {
		long before = this.balance.getAndUpdate(current -> (current >= ONE) ? current - ONE : current);
		return before >= ONE;
	}

}
