package dev.huiju.documents.approval;

/** Kinds of approval step; consecutive countersign steps run side by side. */
public enum StepKind {

	COUNTERSIGN, REVIEW, SIGN_OFF

}
