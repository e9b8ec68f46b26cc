package dev.huiju.eldercare.applications;

import java.time.OffsetDateTime;
import java.util.List;

/** An application and every decision on it, street's first. */
public record ApplicationView(long id, long residentId, String kind, String districtId, String streetId,
		String status, String appliedBy, OffsetDateTime createdAt, List<Decision> decisions) {

	public record Decision(String tier, boolean approve, String reviewerId, String opinion, OffsetDateTime decidedAt) {
	}

}
