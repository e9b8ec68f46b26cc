package dev.huiju.documents.lifecycle;

import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One kept revision of a document's text: who, when, and the changed fields as JSON. */
@Table("revision")
record Revision(@Id Long id, Long documentId, int number, String editorId, OffsetDateTime editedAt,
		String changes) {
}
