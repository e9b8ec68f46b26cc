package dev.huiju.bigscreen.gathering;

import java.time.OffsetDateTime;

/** One value of one indicator for one member, as gathered; {@code amount} is null when the source had none. */
public record Point(String indicatorKey, String member, String memberLabel, Double amount, OffsetDateTime computedAt,
		String source) {
}
