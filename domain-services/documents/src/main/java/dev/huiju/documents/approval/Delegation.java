package dev.huiju.documents.approval;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The principal lets the delegate decide approval steps in their place between the two instants. */
@Table("delegation")
public record Delegation(@Id Long id, String principalId, String delegateId, OffsetDateTime startsAt,
		OffsetDateTime endsAt, OffsetDateTime createdAt) {

	boolean activeAt(OffsetDateTime instant) {
		return !instant.isBefore(this.startsAt) && instant.isBefore(this.endsAt);
	}

}
