package dev.huiju.bff.todo;

import java.time.OffsetDateTime;

/**
 * One item of the to-do list. Implementations are records named after the GraphQL type that implements
 * {@code TodoItem} (for example {@code DocumentTodo}), which is how the schema's type is resolved.
 */
public interface TodoItem {

	String id();

	String kind();

	String title();

	/** When it is due; {@code null} sorts last. */
	OffsetDateTime dueAt();

	/** A {@code TodoUrgency} name. */
	String urgency();

}
