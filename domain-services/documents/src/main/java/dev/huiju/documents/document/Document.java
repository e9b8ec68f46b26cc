package dev.huiju.documents.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A document row. Changes go through {@code DocumentLifecycle}, which keeps revisions and the version. */
@Table("document")
public record Document(@Id Long id, DocumentKind kind, String title, String body, String docNo, String sourceOrg,
		Classification classification, Urgency urgency, DocumentStatus status, String departmentId, String drafterId,
		LocalDate dueDate, Long sourceDocumentId, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		OffsetDateTime issuedAt, OffsetDateTime archivedAt) {

	public Document withStatus(DocumentStatus newStatus, OffsetDateTime now) {
		return new Document(this.id, this.kind, this.title, this.body, this.docNo, this.sourceOrg, this.classification,
				this.urgency, newStatus, this.departmentId, this.drafterId, this.dueDate, this.sourceDocumentId,
				this.version + 1, this.createdAt, now, this.issuedAt, this.archivedAt);
	}

	public Document withText(String newTitle, String newBody, Classification newClassification, Urgency newUrgency,
			LocalDate newDueDate, OffsetDateTime now) {
		return new Document(this.id, this.kind, newTitle, newBody, this.docNo, this.sourceOrg, newClassification,
				newUrgency, DocumentStatus.DRAFT, this.departmentId, this.drafterId, newDueDate,
				this.sourceDocumentId, this.version + 1, this.createdAt, now, this.issuedAt, this.archivedAt);
	}

	/** The same document at another level, in whatever state it is. */
	public Document reclassified(Classification newClassification, OffsetDateTime now) {
		return new Document(this.id, this.kind, this.title, this.body, this.docNo, this.sourceOrg, newClassification,
				this.urgency, this.status, this.departmentId, this.drafterId, this.dueDate, this.sourceDocumentId,
				this.version + 1, this.createdAt, now, this.issuedAt, this.archivedAt);
	}

	public Document issued(String newDocNo, OffsetDateTime now) {
		return new Document(this.id, this.kind, this.title, this.body, newDocNo, this.sourceOrg, this.classification,
				this.urgency, DocumentStatus.ISSUED, this.departmentId, this.drafterId, this.dueDate,
				this.sourceDocumentId, this.version + 1, this.createdAt, now, now, this.archivedAt);
	}

	public Document archived(OffsetDateTime now) {
		return new Document(this.id, this.kind, this.title, this.body, this.docNo, this.sourceOrg, this.classification,
				this.urgency, DocumentStatus.ARCHIVED, this.departmentId, this.drafterId, this.dueDate,
				this.sourceDocumentId, this.version + 1, this.createdAt, now, this.issuedAt, now);
	}

}
