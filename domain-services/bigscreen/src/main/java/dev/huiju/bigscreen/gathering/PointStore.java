package dev.huiju.bigscreen.gathering;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Writes points and each source's state; writes the configured indicators at start. */
@Component
class PointStore {

	private final DatabaseClient db;

	private final BigscreenProperties properties;

	private final ZoneId zone;

	private final TransactionalOperator transaction;

	PointStore(DatabaseClient db, BigscreenProperties properties, BusinessCalendar calendar,
			TransactionalOperator transaction) {
		this.db = db;
		this.properties = properties;
		this.zone = calendar.zone();
		this.transaction = transaction;
	}

	/** The configured indicators and sources, before the first tick: configuration is what a key means. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void register() {
		Flux.fromIterable(this.properties.sources().entrySet()).concatMap(source -> Flux
			.fromIterable(source.getValue().indicators())
			.concatMap(indicator -> this.db.sql("UPDATE indicator SET source = :source, label = :label, unit = :unit,"
					+ " dimension = :dimension, combine = :combine WHERE indicator_key = :key")
				.bind("source", source.getKey()).bind("label", indicator.label()).bind("unit", indicator.unit())
				.bind("dimension", source.getValue().dimension().name()).bind("combine", indicator.combine().name())
				.bind("key", indicator.key())
				.fetch().rowsUpdated()
				.flatMap(n -> (n > 0) ? Mono.empty() : this.db.sql("INSERT INTO indicator (indicator_key, source, label,"
						+ " unit, dimension, combine) VALUES (:key, :source, :label, :unit, :dimension, :combine)")
					.bind("key", indicator.key()).bind("source", source.getKey()).bind("label", indicator.label())
					.bind("unit", indicator.unit()).bind("dimension", source.getValue().dimension().name())
					.bind("combine", indicator.combine().name()).then()))
			.then(this.db.sql("SELECT COUNT(*) AS n FROM source_state WHERE name = :name").bind("name", source.getKey())
				.map((row, meta) -> ((Number) row.get("n")).longValue()).one()
				.flatMap(n -> (n > 0) ? Mono.empty() : this.db.sql("INSERT INTO source_state (name) VALUES (:name)")
					.bind("name", source.getKey()).then())))
			.then().as(this.transaction::transactional).block();
	}

	Mono<Void> write(List<Point> points) {
		if (points.isEmpty()) {
			return Mono.empty();
		}
		return Flux.fromIterable(points)
			.concatMap(point -> {
				DatabaseClient.GenericExecuteSpec spec = this.db.sql("INSERT INTO point (indicator_key, member,"
						+ " member_label, amount, weight, computed_at, local_at, source) VALUES (:key, :member, :label,"
						+ " :amount, :weight, :at, :local, :source)")
					.bind("key", point.indicatorKey()).bind("member", point.member())
					.bind("at", point.computedAt())
					.bind("local", point.computedAt().atZoneSameInstant(this.zone).toLocalDateTime())
					.bind("source", point.source());
				spec = (point.memberLabel() != null) ? spec.bind("label", point.memberLabel()) : spec.bindNull("label", String.class);
				spec = (point.amount() != null) ? spec.bind("amount", point.amount()) : spec.bindNull("amount", Double.class);
				spec = (point.weight() != null) ? spec.bind("weight", point.weight()) : spec.bindNull("weight", Double.class);
				return spec.then();
			})
			.then()
			.as(this.transaction::transactional);
	}

	Mono<Void> succeeded(String source, OffsetDateTime at) {
		return this.db.sql("UPDATE source_state SET last_attempt_at = :at, last_success_at = :at, last_error = NULL"
				+ " WHERE name = :name").bind("at", at).bind("name", source).then();
	}

	Mono<Void> failed(String source, OffsetDateTime at, String error) {
		return this.db.sql("UPDATE source_state SET last_attempt_at = :at, last_error = :error WHERE name = :name")
			.bind("at", at).bind("error", error).bind("name", source).then();
	}

	/** The last point of every series. */
	Mono<List<Point>> lastPoints() {
		return this.db.sql("SELECT indicator_key, member, member_label, amount, weight, computed_at, source FROM (SELECT"
				+ " p.*, ROW_NUMBER() OVER (PARTITION BY p.indicator_key, p.member ORDER BY p.computed_at DESC, p.id DESC)"
				+ " AS recency FROM point p) latest WHERE recency = 1")
			.map((row, meta) -> new Point(row.get("indicator_key", String.class), row.get("member", String.class),
					row.get("member_label", String.class), row.get("amount", Double.class), row.get("weight", Double.class),
					row.get("computed_at", OffsetDateTime.class), row.get("source", String.class)))
			.all().collectList();
	}

}
