package dev.huiju.bigscreen.indicators;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.bigscreen.gathering.BigscreenProperties;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Reads indicators, every figure computed in the database: current values, members, top lists, history. */
@Service
public class Indicators {

	/**
	 * The last point of each series (indicator and member) of the asked indicators; one even when two share a time.
	 */
	private static final String LAST = last(" WHERE p.indicator_key IN (:keys)");

	private static String last(String where) {
		return "SELECT indicator_key, member, member_label, amount, weight, computed_at FROM (SELECT p.indicator_key,"
				+ " p.member, p.member_label, p.amount, p.weight, p.computed_at, ROW_NUMBER() OVER (PARTITION BY p.indicator_key, p.member"
				+ " ORDER BY p.computed_at DESC, p.id DESC) AS recency FROM point p" + where + ") latest WHERE recency = 1";
	}

	/** Counts add up; an average is weighted where its points carry weights, plain otherwise. */
	private static final String COMBINED = "CASE WHEN i.combine = 'AVERAGE' THEN COALESCE(SUM(p.amount * p.weight)"
			+ " / NULLIF(SUM(CASE WHEN p.amount IS NOT NULL THEN p.weight END), 0), AVG(p.amount)) ELSE SUM(p.amount) END";

	/** A year of daily points of twenty indicators, and then some. */
	static final int MAX_BUCKETS = 10_000;

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	private final Duration every;

	private final boolean postgres;

	Indicators(DatabaseClient db, BusinessCalendar calendar, BigscreenProperties properties,
			ConnectionFactory connections) {
		this.db = db;
		this.calendar = calendar;
		this.every = properties.every();
		this.postgres = connections.getMetadata().getName().toLowerCase().contains("postgres");
	}

	/** Every indicator there is, with no value: what a screen can ask for. */
	public Mono<List<IndicatorDefinition>> catalogue() {
		return this.db.sql("SELECT indicator_key, label, unit, dimension, combine, source FROM indicator ORDER BY indicator_key")
			.map(row -> new IndicatorDefinition(row.get("indicator_key", String.class), row.get("label", String.class),
					row.get("unit", String.class), row.get("dimension", String.class), row.get("combine", String.class),
					row.get("source", String.class)))
			.all().collectList();
	}

	/** The asked indicators, or all when {@code keys} is empty, as they stand for the whole city. */
	public Mono<List<IndicatorNow>> now(Collection<String> keys) {
		OffsetDateTime overdue = OffsetDateTime.now(this.calendar.clock()).minus(this.every.multipliedBy(3));
		String which = keys.isEmpty() ? "" : " WHERE i.indicator_key IN (:keys)";
		String last = keys.isEmpty() ? last("") : LAST;
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("SELECT i.indicator_key, i.label, i.unit, i.dimension,"
				+ " i.combine, i.source, " + COMBINED + " AS amount, COUNT(p.amount) AS members, MAX(p.computed_at) AS computed_at,"
				+ " s.last_attempt_at, s.last_success_at FROM indicator i LEFT JOIN (" + last + ") p"
				+ " ON p.indicator_key = i.indicator_key LEFT JOIN source_state s ON s.name = i.source" + which
				+ " GROUP BY i.indicator_key, i.label, i.unit, i.dimension, i.combine, i.source, s.last_attempt_at,"
				+ " s.last_success_at ORDER BY i.indicator_key");
		if (!keys.isEmpty()) {
			spec = spec.bind("keys", keys);
		}
		return spec.map(row -> {
			OffsetDateTime attempt = row.get("last_attempt_at", OffsetDateTime.class);
			OffsetDateTime success = row.get("last_success_at", OffsetDateTime.class);
			boolean stale = success == null || (attempt != null && attempt.isAfter(success)) || success.isBefore(overdue);
			return new IndicatorNow(row.get("indicator_key", String.class), row.get("label", String.class),
					row.get("unit", String.class), row.get("dimension", String.class), row.get("combine", String.class),
					row.get("source", String.class), number(row, "amount"), ((Number) row.get("members")).longValue(),
					row.get("computed_at", OffsetDateTime.class), stale, success);
		}).all().collectList();
	}

	/**
	 * Every member's last value of each indicator, highest first, at most {@code limit} of each: breakdowns and
	 * top-N lists of several indicators in one query.
	 */
	public Mono<List<MemberValue>> members(Collection<String> keys, int limit) {
		if (limit < 1 || limit > 1000) {
			throw DomainException.badInput("limit", "limit is between 1 and 1000");
		}
		if (keys.isEmpty() || keys.size() > 50) {
			throw DomainException.badInput("keys", "ask for 1 to 50 indicators at once");
		}
		return known(keys).then(this.db.sql("SELECT indicator_key, member, member_label, amount, computed_at FROM ("
				+ "SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.indicator_key ORDER BY p.amount DESC NULLS LAST, p.member)"
				+ " AS place FROM (" + LAST + ") p) ranked WHERE place <= :limit ORDER BY indicator_key, place")
			.bind("keys", keys).bind("limit", limit)
			.map(row -> new MemberValue(row.get("indicator_key", String.class), row.get("member", String.class),
					row.get("member_label", String.class), number(row, "amount"),
					row.get("computed_at", OffsetDateTime.class)))
			.all().collectList());
	}

	/**
	 * The history of indicators from {@code from} to {@code to} (days on the service's calendar, both included) in
	 * buckets: in each, every member's last value, combined as the indicator says; or one member's alone.
	 */
	public Mono<List<HistoryPoint>> history(Collection<String> keys, LocalDate from, LocalDate to,
			Granularity granularity, String member) {
		if (keys.isEmpty() || keys.size() > 50) {
			throw DomainException.badInput("keys", "ask for 1 to 50 indicators at once");
		}
		if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
			throw DomainException.badInput("to", "a history runs from a day to the same or a later day, at most five years");
		}
		long buckets = keys.size() * switch (granularity) {
			case HOUR -> java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1)) * 24;
			case DAY -> java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1));
			case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(from, to.plusDays(1)) + 1;
			case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1)) + 1;
		};
		if (buckets > MAX_BUCKETS) {
			throw DomainException.badInput("granularity", "at most " + MAX_BUCKETS + " buckets at once: a coarser"
					+ " granularity or a shorter range");
		}
		String bucket = "DATE_TRUNC('" + granularity.unit(this.postgres) + "', local_at)";
		String ofMember = (member != null) ? " AND member = :member" : "";
		// in each bucket, each member's last point (one even when two share a time), then combined per indicator
		DatabaseClient.GenericExecuteSpec spec = this.db.sql("SELECT p.indicator_key, p.bucket, " + COMBINED + " AS amount"
				+ " FROM (SELECT indicator_key, bucket, amount, weight FROM (SELECT indicator_key, member, amount, weight, " + bucket
				+ " AS bucket, ROW_NUMBER() OVER (PARTITION BY indicator_key, member, " + bucket
				+ " ORDER BY computed_at DESC, id DESC) AS recency FROM point WHERE indicator_key IN (:keys)"
				+ " AND local_at >= :from AND local_at < :to" + ofMember + ") ranked WHERE recency = 1) p"
				+ " JOIN indicator i ON i.indicator_key = p.indicator_key"
				+ " GROUP BY p.indicator_key, p.bucket, i.combine ORDER BY p.indicator_key, p.bucket")
			.bind("keys", keys).bind("from", from.atStartOfDay()).bind("to", to.plusDays(1).atStartOfDay());
		if (member != null) {
			spec = spec.bind("member", member);
		}
		Mono<List<HistoryPoint>> read = spec.map(row -> Map.entry(row.get("indicator_key", String.class),
				new HistoryPoint.Bucket(row.get("bucket", LocalDateTime.class), number(row, "amount"))))
			.all()
			.collect(LinkedHashMap<String, List<HistoryPoint.Bucket>>::new,
					(series, row) -> series.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()))
			.map(series -> keys.stream().distinct()
				.map(key -> new HistoryPoint(key, series.getOrDefault(key, List.of()))).toList());
		return known(keys).then(read);
	}

	/** An unknown key is the caller's mistake, said as such rather than answered with nothing. */
	private Mono<Void> known(Collection<String> keys) {
		return this.db.sql("SELECT indicator_key FROM indicator WHERE indicator_key IN (:keys)").bind("keys", keys)
			.map(row -> row.get("indicator_key", String.class)).all().collectList()
			.flatMap(found -> {
				List<String> unknown = keys.stream().filter(key -> !found.contains(key)).toList();
				return unknown.isEmpty() ? Mono.empty()
						: Mono.error(DomainException.badInput("keys", "no indicator " + String.join(", ", unknown)));
			});
	}

	private static Double number(Readable row, String column) {
		Object value = row.get(column);
		return (value == null) ? null : ((Number) value).doubleValue();
	}

}
