package dev.huiju.bigscreen.indicators;

import java.time.OffsetDateTime;

/**
 * An indicator as it stands for the whole city: the members' last values combined, when the newest was computed,
 * from which source, and whether that source's last attempt failed (or none succeeded for three ticks), so the
 * value shown is older than it should be.
 */
public record IndicatorNow(String key, String label, String unit, String dimension, String combine, String source,
		Double value, long members, OffsetDateTime computedAt, boolean stale, OffsetDateTime lastSuccessAt) {
}
