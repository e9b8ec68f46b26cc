package dev.huiju.documents.receipt;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person a document was delivered to, and when they read it. */
@Table("recipient")
public record Recipient(@Id Long id, Long documentId, String personId, OffsetDateTime deliveredAt,
		OffsetDateTime readAt) {

	public Recipient read(OffsetDateTime at) {
		return new Recipient(this.id, this.documentId, this.personId, this.deliveredAt, at);
	}

}
