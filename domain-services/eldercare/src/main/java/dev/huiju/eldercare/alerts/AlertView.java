package dev.huiju.eldercare.alerts;

import java.time.OffsetDateTime;

/** A light on an institution, the rule that raised it and how long it stayed open (minutes; null while open). */
public record AlertView(long id, long institutionId, String districtId, String streetId, String light, String rule,
		OffsetDateTime raisedAt, OffsetDateTime closedAt, String closedBy, Long minutesToClose) {
}
