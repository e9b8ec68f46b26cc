package dev.huiju.dining.ratings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.diners.Diners;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Rating canteens, reading ratings, their averages and the ranking, and the operator's say over comments. */
@Service
public class Ratings {

	public static final int MAX_COMMENT = 100;

	private static final Set<String> VISIBILITY = Set.of("NORMAL", "FEATURED", "HIDDEN");

	private static final String COLUMNS = "r.id, r.canteen_id, r.rated_month, r.price, r.environment, r.service, r.taste,"
			+ " r.comment, r.visibility, r.created_at, r.diner_id, r.rated_by";

	/** Averages in SQL; the overall figure is the mean of the four. */
	private static final String AVERAGES = "SELECT r.canteen_id, c.name, c.district_id, COUNT(*) AS n,"
			+ " AVG(CAST(r.price AS DOUBLE PRECISION)) AS price, AVG(CAST(r.environment AS DOUBLE PRECISION)) AS environment,"
			+ " AVG(CAST(r.service AS DOUBLE PRECISION)) AS service, AVG(CAST(r.taste AS DOUBLE PRECISION)) AS taste,"
			+ " AVG(CAST(r.price + r.environment + r.service + r.taste AS DOUBLE PRECISION)) / 4 AS overall"
			+ " FROM rating r JOIN canteen c ON c.id = r.canteen_id";

	private final DatabaseClient db;

	private final Diners diners;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Ratings(DatabaseClient db, Diners diners, BusinessCalendar calendar, Clock clock, TransactionalOperator transaction) {
		this.db = db;
		this.diners = diners;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<RatingView> rate(Caller caller, RatingRequest request) {
		if (request.canteenId() == null) {
			throw DomainException.badInput("canteenId", "name the canteen");
		}
		stars("price", request.price());
		stars("environment", request.environment());
		stars("service", request.service());
		stars("taste", request.taste());
		String comment = (request.comment() != null && !request.comment().isBlank()) ? request.comment().trim() : null;
		if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
			throw DomainException.rule("COMMENT_TOO_LONG", "comment", "a comment is at most " + MAX_COMMENT + " characters");
		}
		String month = YearMonth.from(this.calendar.today()).toString();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.diners.forWhom(caller, request.dinerId())
			.flatMap(acting -> this.db.sql("SELECT id FROM canteen WHERE id = :id FOR UPDATE").bind("id", request.canteenId())
				.map((row, meta) -> row.get("id", Long.class)).one()
				.switchIfEmpty(Mono.error(() -> DomainException.notFound("canteen", request.canteenId())))
				.then(this.db.sql("SELECT COUNT(*) AS n FROM rating WHERE canteen_id = :canteen AND diner_id = :diner"
						+ " AND rated_month = :month")
					.bind("canteen", request.canteenId()).bind("diner", acting.dinerId()).bind("month", month)
					.map((row, meta) -> ((Number) row.get("n")).longValue()).one())
				.flatMap(n -> {
					if (n > 0) {
						return Mono.error(alreadyRated());
					}
					var insert = this.db.sql("INSERT INTO rating (canteen_id, diner_id, rated_by, rated_month, price, environment,"
							+ " service, taste, comment, visibility, created_at, rated_on) VALUES (:canteen, :diner, :me, :month, :price,"
							+ " :environment, :service, :taste, :comment, 'NORMAL', :now, :today)")
						.filter(statement -> statement.returnGeneratedValues("id"))
						.bind("canteen", request.canteenId()).bind("diner", acting.dinerId()).bind("me", caller.userId())
						.bind("month", month).bind("price", request.price()).bind("environment", request.environment())
						.bind("service", request.service()).bind("taste", request.taste()).bind("now", now)
						.bind("today", this.calendar.today());
					insert = (comment != null) ? insert.bind("comment", comment) : insert.bindNull("comment", String.class);
					return insert.map((row, meta) -> row.get("id", Long.class)).one()
						.onErrorMap(DataIntegrityViolationException.class, ex -> alreadyRated());
				}))
			.as(this.transaction::transactional)
			.flatMap(id -> one(caller, id));
	}

	/** A canteen's ratings, featured first, then newest; hidden ones only for its operator. */
	public Mono<List<RatingView>> of(Caller caller, long canteenId, int limit) {
		return this.db.sql("SELECT " + COLUMNS + " FROM rating r JOIN canteen c ON c.id = r.canteen_id"
				+ " WHERE r.canteen_id = :canteen AND (r.visibility <> 'HIDDEN' OR c.operator_id = :me)"
				+ " ORDER BY CASE WHEN r.visibility = 'FEATURED' THEN 0 ELSE 1 END, r.created_at DESC, r.id DESC LIMIT " + limit)
			.bind("canteen", canteenId).bind("me", caller.userId())
			.map(row -> view(row, caller.userId())).all().collectList();
	}

	public Mono<List<RatingSummary>> summaries(Collection<Long> canteenIds) {
		if (canteenIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.db.sql(AVERAGES + " WHERE r.canteen_id IN (:ids) GROUP BY r.canteen_id, c.name, c.district_id"
				+ " ORDER BY r.canteen_id")
			.bind("ids", canteenIds)
			.map(Ratings::summary).all().collectList();
	}

	/** Canteens by overall average, best first, optionally of one district and one kind. */
	public Mono<List<RatingSummary>> ranking(String districtId, String kind, int limit) {
		StringBuilder sql = new StringBuilder(AVERAGES + " WHERE 1 = 1");
		if (districtId != null) {
			sql.append(" AND c.district_id = :district");
		}
		if (kind != null) {
			sql.append(" AND c.kind = :kind");
		}
		sql.append(" GROUP BY r.canteen_id, c.name, c.district_id ORDER BY overall DESC, n DESC, r.canteen_id LIMIT ")
			.append(limit);
		var spec = this.db.sql(sql.toString());
		if (districtId != null) {
			spec = spec.bind("district", districtId);
		}
		if (kind != null) {
			spec = spec.bind("kind", kind);
		}
		return spec.map(Ratings::summary).all().collectList();
	}

	/** The operator features or hides a comment of their canteen; its words are never changed. */
	public Mono<RatingView> visibility(Caller caller, long id, String visibility) {
		caller.require(Caller.Kind.OPERATOR, "only the canteen's operator features or hides a rating");
		if (visibility == null || !VISIBILITY.contains(visibility)) {
			throw DomainException.badInput("visibility", "visibility is NORMAL, FEATURED or HIDDEN");
		}
		return this.db.sql("UPDATE rating SET visibility = :visibility WHERE id = :id"
				+ " AND canteen_id IN (SELECT c.id FROM canteen c WHERE c.operator_id = :me)")
			.bind("visibility", visibility).bind("id", id).bind("me", caller.userId())
			.fetch().rowsUpdated()
			.flatMap(n -> (n == 0) ? Mono.error(DomainException.notFound("rating of your canteens", id)) : one(caller, id));
	}

	private Mono<RatingView> one(Caller caller, long id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM rating r WHERE r.id = :id").bind("id", id)
			.map(row -> view(row, caller.userId())).one();
	}

	private static void stars(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			throw DomainException.rule("STARS_OUT_OF_RANGE", field, field + " is rated with 1 to 5 stars");
		}
	}

	private static DomainException alreadyRated() {
		return DomainException.rule("ALREADY_RATED_THIS_MONTH", "canteenId",
				"the diner has already rated this canteen this month");
	}

	private static RatingView view(Readable row, String me) {
		boolean mine = me.equals(row.get("diner_id", String.class)) || me.equals(row.get("rated_by", String.class));
		return new RatingView(row.get("id", Long.class), row.get("canteen_id", Long.class), row.get("rated_month", String.class),
				((Number) row.get("price")).intValue(), ((Number) row.get("environment")).intValue(),
				((Number) row.get("service")).intValue(), ((Number) row.get("taste")).intValue(),
				row.get("comment", String.class), row.get("visibility", String.class),
				row.get("created_at", OffsetDateTime.class), mine);
	}

	private static RatingSummary summary(Readable row) {
		return new RatingSummary(row.get("canteen_id", Long.class), row.get("name", String.class),
				row.get("district_id", String.class), ((Number) row.get("n")).longValue(),
				round(row.get("price")), round(row.get("environment")), round(row.get("service")), round(row.get("taste")),
				round(row.get("overall")));
	}

	private static double round(Object value) {
		return Math.round(((Number) value).doubleValue() * 100) / 100.0;
	}

}
