package dev.huiju.dining.subsidies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.diners.DinerView;
import dev.huiju.dining.diners.Diners;
import dev.huiju.dining.menus.ReviewRequest;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Applications for meal subsidies. A diner holds at most one pending or approved subsidy; the street account
 * of the diner's street decides each application once; district and city accounts read their region's.
 */
@Service
public class Subsidies {

	private static final String COLUMNS = "s.id, s.diner_id, s.applied_by, s.district_id, s.street_id, s.reason, s.status,"
			+ " s.reviewer_id, s.opinion, s.reviewed_at, s.created_at";

	private static final String OWN = "(s.diner_id = :me OR s.applied_by = :me"
			+ " OR s.diner_id IN (SELECT dr.diner_id FROM diner_relative dr WHERE dr.relative_id = :me))";

	private static final Set<String> STATUSES = Set.of("PENDING", "APPROVED", "REJECTED");

	private final DatabaseClient db;

	private final Diners diners;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Subsidies(DatabaseClient db, Diners diners, BusinessCalendar calendar, Clock clock,
			TransactionalOperator transaction) {
		this.db = db;
		this.diners = diners;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<List<SubsidyView>> mine(Caller caller) {
		return this.db.sql("SELECT " + COLUMNS + " FROM subsidy s WHERE " + OWN + " ORDER BY s.created_at DESC, s.id DESC")
			.bind("me", caller.userId())
			.map(Subsidies::view).all().collectList();
	}

	/** Every subsidy application of these diners, newest first: for callers already allowed to read the diners. */
	public Mono<List<SubsidyView>> ofDiners(Collection<String> dinerIds) {
		if (dinerIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.db.sql("SELECT " + COLUMNS + " FROM subsidy s WHERE s.diner_id IN (:ids) ORDER BY s.created_at DESC, s.id DESC")
			.bind("ids", dinerIds)
			.map(Subsidies::view).all().collectList();
	}

	/** The region's applications for a civil-affairs account, optionally of one status, oldest first. */
	public Mono<List<SubsidyView>> ofRegion(Caller caller, String status, int limit) {
		caller.require(Caller.Kind.CIVIL_AFFAIRS, "subsidy applications are read by civil-affairs accounts");
		if (status != null && !STATUSES.contains(status)) {
			throw DomainException.badInput("status", "status is PENDING, APPROVED or REJECTED");
		}
		GenericExecuteSpec spec = caller.region().bind(this.db.sql("SELECT " + COLUMNS + " FROM subsidy s WHERE 1 = 1"
				+ caller.region().condition("s") + ((status != null) ? " AND s.status = :status" : "")
				+ " ORDER BY s.created_at, s.id LIMIT " + limit));
		return ((status != null) ? spec.bind("status", status) : spec).map(Subsidies::view).all().collectList();
	}

	/** One application the caller may read: their own, or one of their region; any other does not exist. */
	public Mono<SubsidyView> one(Caller caller, long id) {
		GenericExecuteSpec spec;
		if (caller.is(Caller.Kind.CIVIL_AFFAIRS)) {
			// its region's, and its own as anyone's (a relative of a diner of another street)
			String region = caller.region().condition("s");
			spec = caller.region().bind(this.db.sql("SELECT " + COLUMNS + " FROM subsidy s WHERE s.id = :id AND ("
					+ (region.isEmpty() ? "1 = 1" : region.substring(" AND ".length())) + " OR " + OWN + ")"))
				.bind("me", caller.userId());
		}
		else {
			spec = this.db.sql("SELECT " + COLUMNS + " FROM subsidy s WHERE s.id = :id AND " + OWN).bind("me", caller.userId());
		}
		return spec.bind("id", id).map(Subsidies::view).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("subsidy application", id)));
	}

	public Mono<SubsidyView> apply(Caller caller, SubsidyRequest request) {
		String reason = (request.reason() != null) ? request.reason().trim() : "";
		if (reason.isEmpty() || reason.length() > 200) {
			throw DomainException.badInput("reason", "say why, in 1 to 200 characters");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.diners.forWhom(caller, request.dinerId())
			.flatMap(acting -> {
				DinerView diner = acting.requireRegistered();
				// The diner's row is the lock: two applications for one diner are decided one after the other.
				return this.db.sql("SELECT id FROM diner WHERE id = :id FOR UPDATE").bind("id", diner.id())
					.map((row, meta) -> row.get("id", String.class)).one()
					.then(this.db.sql("SELECT COUNT(*) AS n FROM subsidy WHERE diner_id = :diner AND status IN ('PENDING', 'APPROVED')")
						.bind("diner", diner.id()).map((row, meta) -> ((Number) row.get("n")).longValue()).one())
					.flatMap(n -> {
						if (n > 0) {
							return Mono.error(DomainException.rule("SUBSIDY_EXISTS", "dinerId",
									"the diner already has a pending or approved meal subsidy"));
						}
						return this.db.sql("INSERT INTO subsidy (diner_id, applied_by, district_id, street_id, reason, status,"
								+ " created_at, applied_on) VALUES (:diner, :me, :district, :street, :reason, 'PENDING', :now, :today)")
							.filter(statement -> statement.returnGeneratedValues("id"))
							.bind("diner", diner.id()).bind("me", caller.userId()).bind("district", diner.districtId())
							.bind("street", diner.streetId()).bind("reason", reason).bind("now", now)
							.bind("today", this.calendar.today())
							.map((row, meta) -> row.get("id", Long.class)).one();
					});
			})
			.as(this.transaction::transactional)
			.flatMap(id -> one(caller, id));
	}

	/** The street account decides a pending application of its street, once. */
	public Mono<SubsidyView> review(Caller caller, long id, ReviewRequest request) {
		caller.requireStreetAccount("reviewing subsidies");
		if (request.approve() == null) {
			throw DomainException.badInput("approve", "say whether the subsidy is approved");
		}
		String opinion = (request.opinion() != null) ? request.opinion().trim() : "";
		if (!request.approve() && opinion.isEmpty()) {
			throw DomainException.badInput("opinion", "a rejection says why");
		}
		if (opinion.length() > 200) {
			throw DomainException.badInput("opinion", "an opinion is at most 200 characters");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return caller.region().bind(this.db.sql("SELECT s.status, CASE WHEN " + OWN + " THEN 1 ELSE 0 END AS own"
				+ " FROM subsidy s WHERE s.id = :id" + caller.region().condition("s") + " FOR UPDATE").bind("id", id))
			.bind("me", caller.userId())
			.map((row, meta) -> new Object[] { row.get("status", String.class), ((Number) row.get("own")).intValue() == 1 })
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("subsidy application", id)))
			.flatMap(found -> {
				String status = (String) found[0];
				if ((Boolean) found[1]) {
					return Mono.error(DomainException.denied("nobody decides an application of their own or their family's"));
				}
				if (!"PENDING".equals(status)) {
					return Mono.error(DomainException.conflict("subsidy application " + id + " is already "
							+ status.toLowerCase()));
				}
				GenericExecuteSpec update = this.db.sql("UPDATE subsidy SET status = :status, reviewer_id = :me,"
						+ " opinion = :opinion, reviewed_at = :now, decided_on = :today WHERE id = :id")
					.bind("status", request.approve() ? "APPROVED" : "REJECTED").bind("me", caller.userId())
					.bind("now", now).bind("today", this.calendar.today()).bind("id", id);
				return (opinion.isEmpty() ? update.bindNull("opinion", String.class) : update.bind("opinion", opinion)).then();
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(caller, id)));
	}

	static SubsidyView view(Readable row) {
		return new SubsidyView(row.get("id", Long.class), row.get("diner_id", String.class),
				row.get("applied_by", String.class), row.get("district_id", String.class), row.get("street_id", String.class),
				row.get("reason", String.class), row.get("status", String.class), row.get("reviewer_id", String.class),
				row.get("opinion", String.class), row.get("reviewed_at", OffsetDateTime.class),
				row.get("created_at", OffsetDateTime.class));
	}

}
