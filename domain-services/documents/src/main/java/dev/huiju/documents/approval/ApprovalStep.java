package dev.huiju.documents.approval;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of one round of approval. A resubmitted document starts a new round; earlier rounds stay as
 * the trail.
 */
@Table("approval_step")
public record ApprovalStep(@Id Long id, Long documentId, int round, int position, StepKind kind, String assigneeId,
		StepStatus status, String opinion, String decidedBy, String onBehalfOf, OffsetDateTime decidedAt) {

	ApprovalStep withStatus(StepStatus newStatus) {
		return new ApprovalStep(this.id, this.documentId, this.round, this.position, this.kind, this.assigneeId,
				newStatus, this.opinion, this.decidedBy, this.onBehalfOf, this.decidedAt);
	}

	ApprovalStep decided(StepStatus decision, String newOpinion, String by, String behalfOf, OffsetDateTime at) {
		return new ApprovalStep(this.id, this.documentId, this.round, this.position, this.kind, this.assigneeId,
				decision, newOpinion, by, behalfOf, at);
	}

}
