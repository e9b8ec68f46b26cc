package dev.huiju.bff.documents;

import java.util.Set;

import dev.huiju.bff.Selections;
import dev.huiju.clients.documents.ListView;
import dev.huiju.schema.generated.DgsConstants;
import graphql.schema.DataFetchingEnvironment;

/**
 * Which view of its documents a list field asks the service for: the summary when the operation selects only
 * what a summary carries (a portal's lists of titles and dates), the full view otherwise (text, trail,
 * approvers, recipients, preview, or any field not named here).
 */
final class DocumentListViews {

	/** The fields of {@code Document} a summary answers: the row's own values and what is loaded by its ids. */
	static final Set<String> SUMMARY_FIELDS = Set.of("__typename", DgsConstants.DOCUMENT.Id, DgsConstants.DOCUMENT.Kind,
			DgsConstants.DOCUMENT.Title, DgsConstants.DOCUMENT.DocNo, DgsConstants.DOCUMENT.SourceOrg,
			DgsConstants.DOCUMENT.Classification, DgsConstants.DOCUMENT.Urgency, DgsConstants.DOCUMENT.Status,
			DgsConstants.DOCUMENT.Department, DgsConstants.DOCUMENT.Drafter, DgsConstants.DOCUMENT.DueDate,
			DgsConstants.DOCUMENT.Overdue, DgsConstants.DOCUMENT.SourceDocumentId, DgsConstants.DOCUMENT.Version,
			DgsConstants.DOCUMENT.CreatedAt, DgsConstants.DOCUMENT.UpdatedAt, DgsConstants.DOCUMENT.IssuedAt,
			DgsConstants.DOCUMENT.ArchivedAt, DgsConstants.DOCUMENT.Revisions);

	private DocumentListViews() {
	}

	/** For a field answering a {@code DocumentConnection}. */
	static ListView of(DataFetchingEnvironment env) {
		return Selections.onlyAmong(env, "edges/node", SUMMARY_FIELDS) ? ListView.SUMMARY : ListView.FULL;
	}

	/** For the cross-domain {@code todo} list, whose document items carry their document in {@code document}. */
	static ListView ofTodo(DataFetchingEnvironment env) {
		return Selections.onlyAmong(env, "items/document", SUMMARY_FIELDS) ? ListView.SUMMARY : ListView.FULL;
	}

}
