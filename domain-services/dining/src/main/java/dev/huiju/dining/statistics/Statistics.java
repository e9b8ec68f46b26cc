package dev.huiju.dining.statistics;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.service.support.regions.Region;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Figures per district and day over a region, in one query that the database aggregates. */
@Service
public class Statistics {

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	Statistics(DatabaseClient db, BusinessCalendar calendar) {
		this.db = db;
		this.calendar = calendar;
	}

	public Mono<List<DayFigures>> between(Region region, LocalDate from, LocalDate to) {
		String canteens = region.condition("c");
		String subsidies = region.condition("s");
		String sql = """
				SELECT district_id, on_day, SUM(reservations) AS reservations, SUM(served) AS served,
				       SUM(delivered) AS delivered, SUM(subsidised) AS subsidised, SUM(charged) AS charged,
				       SUM(ratings) AS ratings, SUM(rating_points) AS rating_points,
				       SUM(applications) AS applications, SUM(approvals) AS approvals
				FROM (
				  SELECT c.district_id, r.served_on AS on_day, CAST(COUNT(*) AS BIGINT) AS reservations,
				         CAST(SUM(CASE WHEN r.served_on < :today THEN 1 ELSE 0 END) AS BIGINT) AS served,
				         CAST(SUM(CASE WHEN r.delivery THEN 1 ELSE 0 END) AS BIGINT) AS delivered,
				         CAST(SUM(CASE WHEN r.subsidy_id IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS subsidised,
				         CAST(SUM(r.charged_fen) AS BIGINT) AS charged, CAST(0 AS BIGINT) AS ratings,
				         CAST(0 AS BIGINT) AS rating_points, CAST(0 AS BIGINT) AS applications, CAST(0 AS BIGINT) AS approvals
				  FROM reservation r JOIN canteen c ON c.id = r.canteen_id
				  WHERE r.status = 'BOOKED' AND r.served_on BETWEEN :from AND :to %1$s
				  GROUP BY c.district_id, r.served_on
				  UNION ALL
				  SELECT c.district_id, t.rated_on, 0, 0, 0, 0, 0, CAST(COUNT(*) AS BIGINT),
				         CAST(SUM(t.price + t.environment + t.service + t.taste) AS BIGINT), 0, 0
				  FROM rating t JOIN canteen c ON c.id = t.canteen_id
				  WHERE t.rated_on BETWEEN :from AND :to %1$s
				  GROUP BY c.district_id, t.rated_on
				  UNION ALL
				  SELECT s.district_id, s.applied_on, 0, 0, 0, 0, 0, 0, 0, CAST(COUNT(*) AS BIGINT), 0
				  FROM subsidy s WHERE s.applied_on BETWEEN :from AND :to %2$s
				  GROUP BY s.district_id, s.applied_on
				  UNION ALL
				  SELECT s.district_id, s.decided_on, 0, 0, 0, 0, 0, 0, 0, 0, CAST(COUNT(*) AS BIGINT)
				  FROM subsidy s WHERE s.status = 'APPROVED' AND s.decided_on BETWEEN :from AND :to %2$s
				  GROUP BY s.district_id, s.decided_on
				) f
				GROUP BY district_id, on_day
				ORDER BY on_day, district_id
				""".formatted(canteens, subsidies);
		return region.bind(this.db.sql(sql).bind("from", from).bind("to", to).bind("today", this.calendar.today()))
			.map((row, meta) -> {
				long ratings = number(row.get("ratings"));
				Double average = (ratings == 0) ? null
						: Math.round(number(row.get("rating_points")) * 100.0 / (ratings * 4)) / 100.0;
				return new DayFigures(row.get("district_id", String.class), row.get("on_day", LocalDate.class),
						number(row.get("reservations")), number(row.get("served")), number(row.get("delivered")),
						number(row.get("subsidised")), number(row.get("charged")), ratings, average,
						number(row.get("applications")), number(row.get("approvals")));
			})
			.all().collectList();
	}

	private static long number(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

}
