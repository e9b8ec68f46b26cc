package dev.huiju.bff.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The audit table, through R2DBC. Only appends and reads: nothing here changes or deletes a row. */
@Component
public class AuditStore {

	private static final String COLUMNS = "instance_id, seq, event_id, occurred_at, user_id, client_address, channel, "
			+ "terminal_id, operation_name, operation_type, result, duration_ms, detail, key_id, prev_hash, hash";

	/** 16 parameters a row: 200 rows stay far below PostgreSQL's 65,535 parameters of a statement. */
	static final int ROWS_PER_STATEMENT = 200;

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	AuditStore(DatabaseClient db, TransactionalOperator transactions) {
		this.db = db;
		this.transactions = transactions;
	}

	/** The last row of an instance's chain, if it has one. */
	Mono<AuditRow> last(String instanceId) {
		return this.db.sql("SELECT " + COLUMNS + " FROM audit_event WHERE instance_id = :instance ORDER BY seq DESC LIMIT 1")
			.bind("instance", instanceId)
			.map(AuditStore::row)
			.first();
	}

	/** The event ids of the last rows of an instance's chain, newest first. */
	Flux<String> lastEventIds(String instanceId, int rows) {
		return this.db.sql("SELECT event_id FROM audit_event WHERE instance_id = :instance ORDER BY seq DESC LIMIT " + rows)
			.bind("instance", instanceId)
			.map(row -> row.get("event_id", String.class))
			.all();
	}

	/**
	 * Appends the rows, all of them or none: one multi-row INSERT per {@value #ROWS_PER_STATEMENT} rows (a single
	 * statement is atomic on its own), in one transaction only when there are more. A statement per batch rather
	 * than per row keeps the audit trail to one round trip for what a busy second of requests wrote.
	 */
	Mono<Void> append(List<AuditRow> rows, Duration timeout) {
		if (rows.isEmpty()) {
			return Mono.empty();
		}
		List<List<AuditRow>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
		}
		Mono<Void> inserts = Flux.fromIterable(chunks).concatMap(chunk -> insert(chunk).fetch().rowsUpdated()).then();
		return ((chunks.size() == 1) ? inserts : this.transactions.transactional(inserts)).timeout(timeout);
	}

	/**
	 * One statement for the rows, its values bound at once: each {@code bind} copies every value bound before it,
	 * which made a batch's binding grow with the square of its rows (the largest allocation of a busy BFF).
	 */
	private DatabaseClient.GenericExecuteSpec insert(List<AuditRow> rows) {
		StringBuilder sql = new StringBuilder("INSERT INTO audit_event (" + COLUMNS + ") VALUES ");
		Map<String, Object> values = new HashMap<>(rows.size() * 22);
		for (int i = 0; i < rows.size(); i++) {
			sql.append((i == 0) ? "" : ", ")
				.append("(:instance").append(i).append(", :seq").append(i).append(", :event").append(i)
				.append(", :at").append(i).append(", :user").append(i).append(", :address").append(i)
				.append(", :channel").append(i).append(", :terminal").append(i).append(", :opName").append(i)
				.append(", :opType").append(i).append(", :result").append(i).append(", :duration").append(i)
				.append(", :detail").append(i).append(", :key").append(i).append(", :prev").append(i)
				.append(", :hash").append(i).append(')');
			AuditRow row = rows.get(i);
			values.put("instance" + i, row.instanceId());
			values.put("seq" + i, row.seq());
			values.put("event" + i, row.eventId());
			values.put("at" + i, row.occurredAt());
			values.put("user" + i, nullable(row.userId()));
			values.put("address" + i, nullable(row.clientAddress()));
			values.put("channel" + i, nullable(row.channel()));
			values.put("terminal" + i, nullable(row.terminalId()));
			values.put("opName" + i, nullable(row.operationName()));
			values.put("opType" + i, row.operationType());
			values.put("result" + i, row.result());
			values.put("duration" + i, row.durationMs());
			values.put("detail" + i, row.detail());
			values.put("key" + i, row.keyId());
			values.put("prev" + i, row.prevHash());
			values.put("hash" + i, row.hash());
		}
		return this.db.sql(sql.toString()).bindValues(values);
	}

	/** The hash of one row, if the row is there. */
	Mono<String> hashAt(String instanceId, long seq) {
		return this.db.sql("SELECT hash FROM audit_event WHERE instance_id = :instance AND seq = :seq")
			.bind("instance", instanceId)
			.bind("seq", seq)
			.map(row -> row.get("hash", String.class))
			.first();
	}

	/** Every row of every chain, in chain order. */
	public Flux<AuditRow> all() {
		return this.db.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY instance_id, seq").map(AuditStore::row).all();
	}

	/** Rows matching the filter, newest first, after the given position. */
	public Flux<AuditRow> search(AuditFilter filter, Optional<AuditPosition> after, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1");
		if (filter.userId() != null) {
			sql.append(" AND user_id = :user");
		}
		if (filter.operationName() != null) {
			sql.append(" AND operation_name = :operation");
		}
		if (filter.from() != null) {
			sql.append(" AND occurred_at >= :from");
		}
		if (filter.to() != null) {
			sql.append(" AND occurred_at < :to");
		}
		if (filter.object() != null) {
			sql.append(" AND detail LIKE :object");
		}
		after.ifPresent(position -> sql.append(" AND (occurred_at < :afterAt OR (occurred_at = :afterAt AND "
				+ "(instance_id < :afterInstance OR (instance_id = :afterInstance AND seq < :afterSeq))))"));
		sql.append(" ORDER BY occurred_at DESC, instance_id DESC, seq DESC LIMIT ").append(limit);
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql.toString());
		if (filter.userId() != null) {
			spec = spec.bind("user", filter.userId());
		}
		if (filter.operationName() != null) {
			spec = spec.bind("operation", filter.operationName());
		}
		if (filter.from() != null) {
			spec = spec.bind("from", filter.from());
		}
		if (filter.to() != null) {
			spec = spec.bind("to", filter.to());
		}
		if (filter.object() != null) {
			spec = spec.bind("object", "%\"" + filter.object().replace("\\", "").replace("%", "").replace("_", "\\_")
					+ "\"%");
		}
		if (after.isPresent()) {
			spec = spec.bind("afterAt", after.get().occurredAt())
				.bind("afterInstance", after.get().instanceId())
				.bind("afterSeq", after.get().seq());
		}
		return spec.map(AuditStore::row).all();
	}

	/** A column that may be empty is bound with its type, which a null alone does not carry. */
	private static Object nullable(String value) {
		return (value != null) ? value : Parameters.in(String.class);
	}

	private static AuditRow row(Readable r) {
		return new AuditRow(r.get("instance_id", String.class), r.get("seq", Long.class), r.get("event_id", String.class),
				r.get("occurred_at", OffsetDateTime.class), r.get("user_id", String.class),
				r.get("client_address", String.class), r.get("channel", String.class), r.get("terminal_id", String.class),
				r.get("operation_name", String.class), r.get("operation_type", String.class),
				r.get("result", String.class), r.get("duration_ms", Long.class), r.get("detail", String.class),
				r.get("key_id", String.class), r.get("prev_hash", String.class), r.get("hash", String.class));
	}

	/** Where a page of the trail ended. */
	public record AuditPosition(OffsetDateTime occurredAt, String instanceId, long seq) {
	}

	/** What the audit administrator looks for; every part is optional. */
	public record AuditFilter(String userId, String operationName, OffsetDateTime from, OffsetDateTime to,
			String object) {
	}


}
