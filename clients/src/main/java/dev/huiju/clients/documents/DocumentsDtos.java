package dev.huiju.clients.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the documents service answers and accepts. Enumerations travel as their names. */
public final class DocumentsDtos {

	private DocumentsDtos() {
	}

	public record DocumentDto(long id, String kind, String title, String body, String docNo, String sourceOrg,
			String classification, String urgency, String status, String departmentId, String drafterId,
			LocalDate dueDate, Long sourceDocumentId, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			OffsetDateTime issuedAt, OffsetDateTime archivedAt, List<StepDto> steps, List<DeliveryDto> recipients) {
	}

	public record StepDto(int round, int position, String kind, String assigneeId, String status, String opinion,
			String decidedBy, String onBehalfOf, OffsetDateTime decidedAt) {
	}

	public record DeliveryDto(String personId, OffsetDateTime deliveredAt, OffsetDateTime readAt) {
	}

	public record PageDto(List<DocumentDto> items, String nextCursor) {
	}

	public record RevisionDto(long documentId, int number, String editorId, OffsetDateTime editedAt,
			List<FieldChangeDto> changes) {
	}

	public record FieldChangeDto(String field, String from, String to) {
	}

	public record DelegationDto(long id, String principalId, String delegateId, OffsetDateTime startsAt,
			OffsetDateTime endsAt, OffsetDateTime createdAt) {
	}

	public record DraftRequest(String kind, String title, String body, String classification, String urgency,
			String departmentId, LocalDate dueDate) {
	}

	public record EditRequest(Integer expectedVersion, String title, String body, String classification,
			String urgency, LocalDate dueDate) {
	}

	public record StepRequest(String kind, String assigneeId) {
	}

	public record SubmitRequest(List<StepRequest> steps) {
	}

	public record DecisionRequest(boolean approve, String opinion) {
	}

	public record WithdrawRequest(String reason) {
	}

	public record IssueRequest(String docNo, List<String> recipientIds) {
	}

	public record RegisterIncomingRequest(String title, String body, String docNo, String sourceOrg,
			String classification, String urgency, String departmentId, LocalDate dueDate,
			List<String> recipientIds) {
	}

	public record ConvertRequest(String departmentId, String title) {
	}

	public record DelegationRequest(String delegateId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	/** Search filters; null means no filter. Dates are inclusive. */
	public record SearchRequest(String text, String title, String docNo, List<String> statuses, String kind,
			String departmentId, LocalDate createdFrom, LocalDate createdTo) {
	}

	public record ReclassifyRequest(String classification, String reason) {
	}

}
