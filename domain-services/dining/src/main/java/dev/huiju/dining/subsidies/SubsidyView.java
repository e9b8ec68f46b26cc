package dev.huiju.dining.subsidies;

import java.time.OffsetDateTime;

/** An application for a meal subsidy and its review. */
public record SubsidyView(long id, String dinerId, String appliedBy, String districtId, String streetId, String reason,
		String status, String reviewerId, String opinion, OffsetDateTime reviewedAt, OffsetDateTime createdAt) {
}
