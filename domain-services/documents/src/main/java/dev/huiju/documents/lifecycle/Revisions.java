package dev.huiju.documents.lifecycle;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.huiju.documents.document.Document;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Keeps the revision history: compares two versions of a document and stores what changed. */
@Component
class Revisions {

	private static final TypeReference<List<RevisionView.FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final RevisionRepository revisions;

	private final JsonMapper json;

	Revisions(RevisionRepository revisions, JsonMapper json) {
		this.revisions = revisions;
		this.json = json;
	}

	/** Records the difference; {@code before} is null for a new document. Nothing is stored when nothing changed. */
	Mono<Void> record(Document before, Document after, String editor, OffsetDateTime at) {
		return record(before, after, editor, at, null);
	}

	/** The same, with the reason given for the change, kept as a change of the pseudo-field {@code reason}. */
	Mono<Void> record(Document before, Document after, String editor, OffsetDateTime at, String reason) {
		List<RevisionView.FieldChange> changes = diff(before, after);
		if (reason != null && !changes.isEmpty()) {
			changes.add(new RevisionView.FieldChange("reason", null, reason));
		}
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		return this.revisions.findByDocumentIdOrderByNumberAsc(after.id())
			.map(Revision::number)
			.reduce(0, Math::max)
			.flatMap(last -> this.revisions.save(new Revision(null, after.id(), last + 1, editor, at,
					this.json.writeValueAsString(changes))))
			.then();
	}

	Mono<List<RevisionView>> of(List<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.revisions.findByDocumentIdInOrderByDocumentIdAscNumberAsc(documentIds)
			.map(r -> new RevisionView(r.documentId(), r.number(), r.editorId(), r.editedAt(),
					this.json.readValue(r.changes(), CHANGES)))
			.collectList();
	}

	static List<RevisionView.FieldChange> diff(Document before, Document after) {
		List<RevisionView.FieldChange> changes = new ArrayList<>();
		compare(changes, "title", (before != null) ? before.title() : null, after.title());
		compare(changes, "body", (before != null) ? before.body() : null, after.body());
		compare(changes, "classification", (before != null) ? before.classification() : null, after.classification());
		compare(changes, "urgency", (before != null) ? before.urgency() : null, after.urgency());
		compare(changes, "dueDate", (before != null) ? before.dueDate() : null, after.dueDate());
		return changes;
	}

	private static void compare(List<RevisionView.FieldChange> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.add(new RevisionView.FieldChange(field, (from != null) ? from.toString() : null,
					(to != null) ? to.toString() : null));
		}
	}

}
