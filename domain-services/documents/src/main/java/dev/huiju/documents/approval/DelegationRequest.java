package dev.huiju.documents.approval;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The acting user lets {@code delegateId} decide in their place between the two instants. */
record DelegationRequest(@NotBlank String delegateId, @NotNull OffsetDateTime startsAt,
		@NotNull OffsetDateTime endsAt) {
}
