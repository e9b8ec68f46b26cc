package dev.huiju.documents.document;

import java.util.EnumSet;
import java.util.Set;

/** Where a document is in its life. */
public enum DocumentStatus {

	DRAFT, IN_APPROVAL, REJECTED, WITHDRAWN, APPROVED, ISSUED, REGISTERED, ARCHIVED;

	/** The states in which the drafter may still change the text. */
	public static final Set<DocumentStatus> EDITABLE = EnumSet.of(DRAFT, REJECTED, WITHDRAWN);

	/** The states in which the document is finished, so a due date no longer matters. */
	public static final Set<DocumentStatus> CLOSED = EnumSet.of(ISSUED, ARCHIVED);

}
