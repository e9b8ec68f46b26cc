package dev.huiju.clients.cache;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the cache tests move by hand, so that expiry is tested without waiting. */
final class MovableClock extends Clock {

	Instant now = Instant.parse("2026-12-02T00:00:00Z");

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
