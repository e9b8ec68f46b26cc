package dev.huiju.eldercare.statistics;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.service.support.regions.Region;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Figures per district over a region, each in one query the database aggregates. */
@Service
public class Statistics {

	private final DatabaseClient db;

	private final java.time.Clock clock;

	Statistics(DatabaseClient db, java.time.Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<List<DistrictDay>> between(Region region, LocalDate from, LocalDate to) {
		String sql = """
				SELECT district_id, on_day, SUM(submitted) AS submitted, SUM(approved) AS approved, SUM(rejected) AS rejected
				FROM (
				  SELECT a.district_id, a.applied_on AS on_day, CAST(COUNT(*) AS BIGINT) AS submitted,
				         CAST(0 AS BIGINT) AS approved, CAST(0 AS BIGINT) AS rejected
				  FROM application a WHERE a.applied_on BETWEEN :from AND :to %1$s
				  GROUP BY a.district_id, a.applied_on
				  UNION ALL
				  SELECT a.district_id, d.decided_on, 0,
				         CAST(SUM(CASE WHEN d.approve AND d.tier = 'DISTRICT' THEN 1 ELSE 0 END) AS BIGINT),
				         CAST(SUM(CASE WHEN d.approve THEN 0 ELSE 1 END) AS BIGINT)
				  FROM application_decision d JOIN application a ON a.id = d.application_id
				  WHERE d.decided_on BETWEEN :from AND :to %1$s
				  GROUP BY a.district_id, d.decided_on
				) f
				GROUP BY district_id, on_day
				ORDER BY on_day, district_id
				""".formatted(region.condition("a"));
		return region.bind(this.db.sql(sql).bind("from", from).bind("to", to))
			.map((row, meta) -> new DistrictDay(row.get("district_id", String.class), row.get("on_day", LocalDate.class),
					number(row.get("submitted")), number(row.get("approved")), number(row.get("rejected"))))
			.all().collectList();
	}

	/** Institutions of the region by credit rating, every rating listed (none held: zero). */
	public Mono<List<RatingCount>> ratings(Region region) {
		return region.bind(this.db.sql("SELECT i.credit_rating, CAST(COUNT(*) AS BIGINT) AS institutions,"
				+ " CAST(SUM(i.beds) AS BIGINT) AS beds FROM institution i WHERE 1 = 1" + region.condition("i")
				+ " GROUP BY i.credit_rating"))
			.map((row, meta) -> new RatingCount(row.get("credit_rating", String.class).trim(),
					number(row.get("institutions")), number(row.get("beds"))))
			.all().collectMap(RatingCount::rating)
			.map(found -> java.util.stream.Stream.of("A", "B", "C", "D")
				.map(rating -> found.getOrDefault(rating, new RatingCount(rating, 0, 0))).toList());
	}

	public Mono<List<DistrictNow>> now(Region region) {
		String sql = """
				SELECT district_id, SUM(active) AS active, SUM(beds) AS beds, SUM(occupied) AS occupied,
				       SUM(waiting) AS waiting, SUM(joined_seconds) AS joined_seconds, SUM(red) AS red, SUM(yellow) AS yellow
				FROM (
				  SELECT r.district_id, CAST(COUNT(*) AS BIGINT) AS active, CAST(0 AS BIGINT) AS beds,
				         CAST(0 AS BIGINT) AS occupied, CAST(0 AS BIGINT) AS waiting,
				         CAST(0 AS DOUBLE PRECISION) AS joined_seconds, CAST(0 AS BIGINT) AS red, CAST(0 AS BIGINT) AS yellow
				  FROM resident r WHERE r.status = 'ACTIVE' %1$s GROUP BY r.district_id
				  UNION ALL
				  SELECT i.district_id, 0, CAST(SUM(i.beds) AS BIGINT),
				         CAST(SUM((SELECT COUNT(*) FROM admission x WHERE x.institution_id = i.id)) AS BIGINT), 0, 0, 0, 0
				  FROM institution i WHERE 1 = 1 %2$s GROUP BY i.district_id
				  UNION ALL
				  SELECT i.district_id, 0, 0, 0, CAST(COUNT(*) AS BIGINT),
				         CAST(SUM(EXTRACT(EPOCH FROM w.joined_at)) AS DOUBLE PRECISION), 0, 0
				  FROM waiting w JOIN institution i ON i.id = w.institution_id WHERE 1 = 1 %2$s GROUP BY i.district_id
				  UNION ALL
				  SELECT a.district_id, 0, 0, 0, 0, 0, CAST(SUM(CASE WHEN a.light = 'RED' THEN 1 ELSE 0 END) AS BIGINT),
				         CAST(SUM(CASE WHEN a.light = 'YELLOW' THEN 1 ELSE 0 END) AS BIGINT)
				  FROM alert a WHERE a.closed_at IS NULL %3$s GROUP BY a.district_id
				) f
				GROUP BY district_id
				ORDER BY district_id
				""".formatted(region.condition("r"), region.condition("i"), region.condition("a"));
		// the average wait is now minus the mean moment of joining: one sum per district in the query, one
		// subtraction here, whatever each database calls the difference of two instants
		long nowSeconds = this.clock.instant().getEpochSecond();
		return region.bind(this.db.sql(sql))
			.map((row, meta) -> {
				long waiting = number(row.get("waiting"));
				Double days = (waiting == 0) ? null : Math.round((nowSeconds
						- ((Number) row.get("joined_seconds")).doubleValue() / waiting) / 864.0) / 100.0;
				return new DistrictNow(row.get("district_id", String.class), number(row.get("active")),
						number(row.get("beds")), number(row.get("occupied")), waiting, days, number(row.get("red")),
						number(row.get("yellow")));
			})
			.all().collectList();
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
