package dev.huiju.bff.audit;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.huiju.bff.RandomIds;

/**
 * One audited action, as it happened.
 *
 * @param id unique, so that an event written twice (a commit whose answer was lost) is recognised
 * @param operationType query, mutation, subscription, or token for a refused token
 * @param result OK, DENIED (some fields refused), REFUSED (the whole operation), ERROR or UNAUTHENTICATED
 * @param fields the field coordinates resolved, such as {@code Query.document}
 * @param objects the objects returned or changed, as {@code Type:id}
 * @param denied the paths of the fields refused
 * @param errors the error codes of the response
 */
public record AuditEvent(String id, OffsetDateTime occurredAt, String userId, String clientAddress, String channel,
		String terminalId, String operationName, String operationType, String result, long durationMs,
		List<String> fields, List<String> objects, List<String> denied, List<String> errors, String correlationId) {

	public AuditEvent {
		id = (id != null) ? id : RandomIds.next();
		// Databases keep microseconds at best; the hash must see what the database gives back.
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		fields = List.copyOf(fields);
		objects = List.copyOf(objects);
		denied = List.copyOf(denied);
		errors = List.copyOf(errors);
	}

}
