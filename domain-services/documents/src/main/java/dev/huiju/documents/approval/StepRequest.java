package dev.huiju.documents.approval;

/** One step of a submitted approval route. */
public record StepRequest(StepKind kind, String assigneeId) {
}
