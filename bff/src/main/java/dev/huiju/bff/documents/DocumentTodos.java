package dev.huiju.bff.documents;

import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.todo.TodoItem;
import dev.huiju.bff.todo.TodoSource;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Documents waiting for the person's decision, as to-do items due at the end of their due date. */
@Component
class DocumentTodos implements TodoSource {

	private final DocumentsClient documents;

	private final BusinessCalendar calendar;

	DocumentTodos(DocumentsClient documents, BusinessCalendar calendar) {
		this.documents = documents;
		this.calendar = calendar;
	}

	@Override
	public String domain() {
		return "documents";
	}

	@Override
	public Mono<List<? extends TodoItem>> items(String personId, int limit, DataFetchingEnvironment env) {
		return this.documents.todo(personId, null, limit, DocumentListViews.ofTodo(env))
			.map(page -> page.items().stream().map(this::item).toList());
	}

	private DocumentTodo item(DocumentDto document) {
		OffsetDateTime due = (document.dueDate() != null) ? this.calendar.startOf(document.dueDate().plusDays(1)) : null;
		return new DocumentTodo("document:" + document.id(), "DOCUMENT_APPROVAL", document.title(), due,
				(document.urgency() != null) ? document.urgency() : "NORMAL", document);
	}

	/** The schema's {@code DocumentTodo}. */
	record DocumentTodo(String id, String kind, String title, OffsetDateTime dueAt, String urgency, DocumentDto document)
			implements TodoItem {
	}

}
