package dev.huiju.eldercare.residents;

import java.time.OffsetDateTime;

/** One change of a resident's status. */
public record StatusChangeView(ResidentStatus from, ResidentStatus to, String reason, String attachmentRef,
		String changedBy, OffsetDateTime changedAt) {
}
