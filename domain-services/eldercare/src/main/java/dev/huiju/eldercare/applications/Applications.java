package dev.huiju.eldercare.applications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.regions.Region;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Applications and their two reviews. The street decides a submitted application of its street; the district then
 * decides one its street approved; neither tier is skipped (a district account cannot decide what its street has
 * not), and each decides once (the row's lock, and a unique key of application and tier).
 */
@Service
public class Applications {

	private static final Set<String> KINDS = Set.of("OLD_AGE_ALLOWANCE", "MEAL_SUBSIDY", "FAMILY_CARE_BED");

	private static final Set<String> STATUSES = Set.of("SUBMITTED", "STREET_APPROVED", "APPROVED", "REJECTED");

	private static final String COLUMNS = "a.id, a.resident_id, a.kind, a.district_id, a.street_id, a.status, a.applied_by,"
			+ " a.created_at";

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Applications(DatabaseClient db, BusinessCalendar calendar, Clock clock, TransactionalOperator transaction) {
		this.db = db;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<List<ApplicationView>> ofRegion(Supervisor supervisor, String status, int limit) {
		if (status != null && !STATUSES.contains(status)) {
			throw DomainException.badInput("status", "status is SUBMITTED, STREET_APPROVED, APPROVED or REJECTED");
		}
		return read(supervisor, ((status != null) ? " AND a.status = :status" : "") + " ORDER BY a.created_at, a.id LIMIT "
				+ limit, spec -> (status != null) ? spec.bind("status", status) : spec);
	}

	/** Every application of these residents of the supervisor's region, oldest first: one query for a page of residents. */
	public Mono<List<ApplicationView>> ofResidents(Supervisor supervisor, Collection<Long> residentIds) {
		if (residentIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(supervisor, " AND a.resident_id IN (:residents) ORDER BY a.resident_id, a.created_at, a.id",
				spec -> spec.bind("residents", residentIds));
	}

	/** What waits for this supervisor's decision: a street's submitted applications, a district's street-approved ones. */
	public Mono<List<ApplicationView>> awaiting(Supervisor supervisor, int limit) {
		String status = switch (supervisor.region().level()) {
			case STREET -> "SUBMITTED";
			case DISTRICT -> "STREET_APPROVED";
			case CITY -> null;
		};
		if (status == null) {
			return Mono.just(List.of());
		}
		return ofRegion(supervisor, status, limit);
	}

	public Mono<ApplicationView> one(Supervisor supervisor, long id) {
		return read(supervisor, " AND a.id = :id", spec -> spec.bind("id", id))
			.flatMap(found -> found.isEmpty() ? Mono.error(DomainException.notFound("application", id))
					: Mono.just(found.get(0)));
	}

	/** A supervisor submits an application for an active resident of their region; one open per resident and kind. */
	public Mono<ApplicationView> submit(Supervisor supervisor, ApplicationRequests.Submit request) {
		if (request.residentId() == null) {
			throw DomainException.badInput("residentId", "name the resident");
		}
		if (request.kind() == null || !KINDS.contains(request.kind())) {
			throw DomainException.badInput("kind", "kind is OLD_AGE_ALLOWANCE, MEAL_SUBSIDY or FAMILY_CARE_BED");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Region region = supervisor.region();
		return region.bind(this.db.sql("SELECT r.district_id, r.street_id, r.status FROM resident r WHERE r.id = :id"
				+ region.condition("r") + " FOR UPDATE").bind("id", request.residentId()))
			.map((row, meta) -> new String[] { row.get("district_id", String.class), row.get("street_id", String.class),
					row.get("status", String.class) })
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("resident", request.residentId())))
			.flatMap(resident -> {
				if (!"ACTIVE".equals(resident[2])) {
					return Mono.error(DomainException.rule("RESIDENT_NOT_ACTIVE", "residentId",
							"applications are made for active residents"));
				}
				return this.db.sql("SELECT COUNT(*) AS n FROM application WHERE resident_id = :resident AND kind = :kind"
						+ " AND status IN ('SUBMITTED', 'STREET_APPROVED')")
					.bind("resident", request.residentId()).bind("kind", request.kind())
					.map((row, meta) -> ((Number) row.get("n")).longValue()).one()
					.flatMap(open -> (open > 0) ? Mono.error(DomainException.rule("APPLICATION_OPEN", "kind",
							"the resident already has an application of this kind under review"))
							: this.db.sql("INSERT INTO application (resident_id, kind, district_id, street_id, status, applied_by,"
									+ " created_at, applied_on) VALUES (:resident, :kind, :district, :street, 'SUBMITTED', :me, :now, :today)")
								.filter(statement -> statement.returnGeneratedValues("id"))
								.bind("resident", request.residentId()).bind("kind", request.kind()).bind("district", resident[0])
								.bind("street", resident[1]).bind("me", supervisor.userId()).bind("now", now)
								.bind("today", this.calendar.today())
								.map((row, meta) -> row.get("id", Long.class)).one());
			})
			.as(this.transaction::transactional)
			.flatMap(id -> one(supervisor, id));
	}

	/** The caller's tier decides: a street account a submitted application, a district account a street-approved one. */
	public Mono<ApplicationView> decide(Supervisor supervisor, long id, ApplicationRequests.Decide request) {
		if (request.approve() == null) {
			throw DomainException.badInput("approve", "say whether the application is approved");
		}
		String opinion = (request.opinion() != null) ? request.opinion().trim() : "";
		if (!request.approve() && opinion.isEmpty()) {
			throw DomainException.badInput("opinion", "a rejection says why");
		}
		if (opinion.length() > 200) {
			throw DomainException.badInput("opinion", "an opinion is at most 200 characters");
		}
		String tier = switch (supervisor.region().level()) {
			case STREET -> "STREET";
			case DISTRICT -> "DISTRICT";
			case CITY -> throw DomainException.denied("applications are decided by the street, then the district");
		};
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Region region = supervisor.region();
		return region.bind(this.db.sql("SELECT a.status FROM application a WHERE a.id = :id" + region.condition("a")
				+ " FOR UPDATE").bind("id", id))
			.map((row, meta) -> row.get("status", String.class)).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("application", id)))
			.flatMap(status -> {
				String expected = tier.equals("STREET") ? "SUBMITTED" : "STREET_APPROVED";
				if (!status.equals(expected)) {
					if (tier.equals("DISTRICT") && status.equals("SUBMITTED")) {
						return Mono.error(DomainException.rule("STREET_REVIEW_FIRST", "id",
								"the street decides an application before the district does"));
					}
					return Mono.error(DomainException.conflict("application " + id + " is " + status.toLowerCase()
							+ "; the " + tier.toLowerCase() + " has nothing to decide"));
				}
				String next = !request.approve() ? "REJECTED" : tier.equals("STREET") ? "STREET_APPROVED" : "APPROVED";
				GenericExecuteSpec decision = this.db.sql("INSERT INTO application_decision (application_id, tier, approve,"
						+ " reviewer_id, opinion, decided_at, decided_on) VALUES (:id, :tier, :approve, :me, :opinion, :now, :today)")
					.bind("id", id).bind("tier", tier).bind("approve", request.approve()).bind("me", supervisor.userId())
					.bind("now", now).bind("today", this.calendar.today());
				decision = opinion.isEmpty() ? decision.bindNull("opinion", String.class) : decision.bind("opinion", opinion);
				return decision.then()
					.onErrorMap(DataIntegrityViolationException.class, ex -> DomainException.conflict(
							"the " + tier.toLowerCase() + " has already decided application " + id))
					.then(this.db.sql("UPDATE application SET status = :next WHERE id = :id").bind("next", next)
						.bind("id", id).then());
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(supervisor, id)));
	}

	private Mono<List<ApplicationView>> read(Supervisor supervisor, String where,
			java.util.function.UnaryOperator<GenericExecuteSpec> binds) {
		Region region = supervisor.region();
		String sql = "SELECT " + COLUMNS + " FROM application a WHERE 1 = 1" + region.condition("a") + where;
		return binds.apply(region.bind(this.db.sql(sql))).map(Applications::row).all().collectList()
			.flatMap(this::withDecisions);
	}

	private Mono<List<ApplicationView>> withDecisions(List<ApplicationView> found) {
		if (found.isEmpty()) {
			return Mono.just(found);
		}
		Map<Long, List<ApplicationView.Decision>> decisions = new LinkedHashMap<>();
		found.forEach(a -> decisions.put(a.id(), new ArrayList<>()));
		return this.db.sql("SELECT application_id, tier, approve, reviewer_id, opinion, decided_at FROM application_decision"
				+ " WHERE application_id IN (:ids) ORDER BY application_id, decided_at, id")
			.bind("ids", decisions.keySet())
			.map((row, meta) -> decisions.get(row.get("application_id", Long.class)).add(new ApplicationView.Decision(
					row.get("tier", String.class), row.get("approve", Boolean.class), row.get("reviewer_id", String.class),
					row.get("opinion", String.class), row.get("decided_at", OffsetDateTime.class))))
			.all()
			.then(Mono.fromSupplier(() -> found.stream().map(a -> new ApplicationView(a.id(), a.residentId(), a.kind(),
					a.districtId(), a.streetId(), a.status(), a.appliedBy(), a.createdAt(), List.copyOf(decisions.get(a.id()))))
				.toList()));
	}

	private static ApplicationView row(Readable row) {
		return new ApplicationView(row.get("id", Long.class), row.get("resident_id", Long.class),
				row.get("kind", String.class), row.get("district_id", String.class), row.get("street_id", String.class),
				row.get("status", String.class), row.get("applied_by", String.class),
				row.get("created_at", OffsetDateTime.class), List.of());
	}

}
