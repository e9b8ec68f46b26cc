package dev.huiju.documents.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.documents.approval.ApprovalStep;
import dev.huiju.documents.approval.StepKind;
import dev.huiju.documents.approval.StepStatus;
import dev.huiju.documents.receipt.Recipient;

/** A document as the service answers it: the row, with its approval trail and its recipients. */
public record DocumentView(long id, DocumentKind kind, String title, String body, String docNo, String sourceOrg,
		Classification classification, Urgency urgency, DocumentStatus status, String departmentId, String drafterId,
		LocalDate dueDate, Long sourceDocumentId, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		OffsetDateTime issuedAt, OffsetDateTime archivedAt, List<Step> steps, List<Delivery> recipients) {

	static DocumentView of(Document d, List<ApprovalStep> steps, List<Recipient> recipients) {
		return new DocumentView(d.id(), d.kind(), d.title(), d.body(), d.docNo(), d.sourceOrg(), d.classification(),
				d.urgency(), d.status(), d.departmentId(), d.drafterId(), d.dueDate(), d.sourceDocumentId(),
				d.version(), d.createdAt(), d.updatedAt(), d.issuedAt(), d.archivedAt(),
				steps.stream().map(Step::of).toList(), recipients.stream().map(Delivery::of).toList());
	}

	/** The row without its text, trail and recipients, which stay null: "not asked for", unlike an empty list. */
	static DocumentView summary(Document d) {
		return new DocumentView(d.id(), d.kind(), d.title(), null, d.docNo(), d.sourceOrg(), d.classification(),
				d.urgency(), d.status(), d.departmentId(), d.drafterId(), d.dueDate(), d.sourceDocumentId(),
				d.version(), d.createdAt(), d.updatedAt(), d.issuedAt(), d.archivedAt(), null, null);
	}

	/** Only what a reader below a document's classification may know of it: that it exists, and its level. */
	static DocumentView withheld(Document d) {
		return new DocumentView(d.id(), null, null, null, null, null, d.classification(), null, null, null, null, null,
				null, 0, null, null, null, null, List.of(), List.of());
	}

	/** One approval step; {@code round} counts submissions. */
	public record Step(int round, int position, StepKind kind, String assigneeId, StepStatus status, String opinion,
			String decidedBy, String onBehalfOf, OffsetDateTime decidedAt) {

		static Step of(ApprovalStep s) {
			return new Step(s.round(), s.position(), s.kind(), s.assigneeId(), s.status(), s.opinion(), s.decidedBy(),
					s.onBehalfOf(), s.decidedAt());
		}

	}

	/** A recipient and when they read the document. */
	public record Delivery(String personId, OffsetDateTime deliveredAt, OffsetDateTime readAt) {

		static Delivery of(Recipient r) {
			return new Delivery(r.personId(), r.deliveredAt(), r.readAt());
		}

	}

}
