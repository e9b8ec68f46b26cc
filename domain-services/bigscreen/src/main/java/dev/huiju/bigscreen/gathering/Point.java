package dev.huiju.bigscreen.gathering;

import java.time.OffsetDateTime;

/**
 * One value of one indicator for one member, as gathered; {@code amount} is null when the source had none, and
 * {@code weight} what the value weighs in the city's average, null when the indicator is not weighted.
 */
public record Point(String indicatorKey, String member, String memberLabel, Double amount, Double weight,
		OffsetDateTime computedAt, String source) {
}
