package dev.huiju.eldercare.institutions;

import java.time.OffsetDateTime;

/** A resident's place on an institution's waiting list: 1 is next. */
public record WaitingView(long residentId, int position, OffsetDateTime joinedAt) {
}
