package dev.huiju.bigscreen.indicators;

import java.time.OffsetDateTime;

/** One member's last value of an indicator: a district, a department, a building, a canteen. */
public record MemberValue(String key, String member, String label, Double value, OffsetDateTime computedAt) {
}
