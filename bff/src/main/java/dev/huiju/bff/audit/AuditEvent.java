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

	/** The widths of the audit table's columns (V1__audit_event.sql): a longer value is cut, visibly. */
	static final int USER_ID = 64, CLIENT_ADDRESS = 64, CHANNEL = 32, TERMINAL_ID = 128, OPERATION_NAME = 200,
			OPERATION_TYPE = 16, RESULT = 32;

	public AuditEvent {
		id = (id != null) ? id : RandomIds.next();
		// Clients choose operation names (and, through a token, more): a value too long for its column would
		// make the database refuse the event, so it is cut here and says how much was cut.
		userId = bounded(userId, USER_ID);
		clientAddress = bounded(clientAddress, CLIENT_ADDRESS);
		channel = bounded(channel, CHANNEL);
		terminalId = bounded(terminalId, TERMINAL_ID);
		operationName = bounded(operationName, OPERATION_NAME);
		operationType = bounded(operationType, OPERATION_TYPE);
		result = bounded(result, RESULT);
		// Databases keep microseconds at best; the hash must see what the database gives back.
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		fields = List.copyOf(fields);
		objects = List.copyOf(objects);
		denied = List.copyOf(denied);
		errors = List.copyOf(errors);
	}

	/**
	 * The value itself when it fits {@code max} characters; otherwise its beginning followed by
	 * {@code …[+n]}, n being the number of characters left out, in {@code max} characters in all.
	 */
	static String bounded(String value, int max) {
		if (value == null || value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		int total = value.codePointCount(0, value.length());
		int keep = max;
		String marker;
		do {
			keep--;
			marker = "…[+" + (total - keep) + "]";
		}
		while (keep + marker.length() > max);
		return value.substring(0, value.offsetByCodePoints(0, keep)) + marker;
	}

}
