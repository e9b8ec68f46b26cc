package dev.huiju.documents.lifecycle;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.documents.approval.StepRequest;
import dev.huiju.documents.document.Classification;
import dev.huiju.documents.document.DocumentKind;
import dev.huiju.documents.document.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the lifecycle endpoints. */
public final class Requests {

	private Requests() {
	}

	public record Draft(@NotNull DocumentKind kind, @NotBlank @Size(max = 300) String title,
			@Size(max = 100_000) String body, @NotNull Classification classification, Urgency urgency,
			@NotBlank String departmentId, LocalDate dueDate) {
	}

	/** Absent fields stay as they are; {@code expectedVersion}, when given, must match the stored version. */
	public record Edit(Integer expectedVersion, @Size(min = 1, max = 300) String title, @Size(max = 100_000) String body,
			Classification classification, Urgency urgency, LocalDate dueDate) {
	}

	public record Submit(@NotEmpty List<StepRequest> steps) {
	}

	public record Decision(@NotNull Boolean approve, @Size(max = 2000) String opinion) {
	}

	public record Withdraw(@Size(max = 2000) String reason) {
	}

	public record Issue(@Size(max = 64) String docNo, @NotEmpty @Size(max = 1000) List<@NotBlank String> recipientIds) {
	}

	public record RegisterIncoming(@NotBlank @Size(max = 300) String title, @Size(max = 100_000) String body,
			@NotBlank @Size(max = 64) String docNo, @NotBlank @Size(max = 200) String sourceOrg,
			@NotNull Classification classification, Urgency urgency, @NotBlank String departmentId,
			LocalDate dueDate, @NotEmpty @Size(max = 1000) List<@NotBlank String> recipientIds) {
	}

	/** A new classification for a document, with the reason, which its history keeps. */
	public record Reclassify(@NotNull Classification classification, @NotBlank @Size(max = 2000) String reason) {
	}

	public record Convert(@NotBlank String departmentId, @Size(min = 1, max = 300) String title) {
	}

}
