package dev.huiju.documents.approval;

/** A step waits for the steps before it, is pending a decision, is decided, or was cancelled. */
public enum StepStatus {

	WAITING, PENDING, APPROVED, REJECTED, CANCELLED

}
