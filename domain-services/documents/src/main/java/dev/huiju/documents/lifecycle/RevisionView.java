package dev.huiju.documents.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;

/** A revision as answered: the field changes parsed. */
record RevisionView(long documentId, int number, String editorId, OffsetDateTime editedAt,
		List<FieldChange> changes) {

	/** One changed field, with its text before and after. */
	record FieldChange(String field, String from, String to) {
	}

}
