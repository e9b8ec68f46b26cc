package dev.huiju.eldercare.institutions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.regions.Region;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Institutions, their waiting lists and admissions. Institutions are public information (a resident may wait for
 * one in another street); the residents on a list are shown only to supervisors of their region. An admission
 * takes the institution's row lock, then counts its beds: concurrent admissions to the last beds are decided one
 * after the other, and a resident holds one bed at most (a unique key).
 */
@Service
public class Institutions {

	private static final String COLUMNS = "i.id, i.name, i.district_id, i.street_id, i.beds, i.subsidised_beds,"
			+ " i.credit_rating, i.admits,"
			+ " (SELECT COUNT(*) FROM admission a WHERE a.institution_id = i.id) AS occupied,"
			+ " (SELECT COUNT(*) FROM waiting w WHERE w.institution_id = i.id) AS waiting";

	private final DatabaseClient db;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Institutions(DatabaseClient db, Clock clock, TransactionalOperator transaction) {
		this.db = db;
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<List<InstitutionView>> all() {
		return this.db.sql("SELECT " + COLUMNS + " FROM institution i ORDER BY i.id").map(Institutions::view).all()
			.collectList();
	}

	public Mono<InstitutionView> one(long id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM institution i WHERE i.id = :id").bind("id", id)
			.map(Institutions::view).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("institution", id)));
	}

	/** The list in order, with only the caller's region's residents named; the positions count everyone. */
	public Mono<List<WaitingView>> waiting(Supervisor supervisor, long id) {
		Region region = supervisor.region();
		return one(id).then(this.db.sql("SELECT w.resident_id, w.joined_at, r.district_id, r.street_id"
				+ " FROM waiting w JOIN resident r ON r.id = w.resident_id WHERE w.institution_id = :id"
				+ " ORDER BY w.joined_at, w.resident_id").bind("id", id)
			.map((row, meta) -> new Object[] { row.get("resident_id", Long.class), row.get("joined_at", OffsetDateTime.class),
					row.get("district_id", String.class), row.get("street_id", String.class) })
			.all().collectList()
			.map(rows -> {
				List<WaitingView> mine = new ArrayList<>();
				for (int i = 0; i < rows.size(); i++) {
					Object[] row = rows.get(i);
					if (region.contains((String) row[2], (String) row[3])) {
						mine.add(new WaitingView((Long) row[0], i + 1, (OffsetDateTime) row[1]));
					}
				}
				return mine;
			}));
	}

	/** Puts a resident of the caller's region on the list, once, when the institution admits from where they live. */
	public Mono<InstitutionView> join(Supervisor supervisor, long id, Long residentId) {
		if (residentId == null) {
			throw DomainException.badInput("residentId", "name the resident");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return admissible(supervisor, id, residentId)
			.then(this.db.sql("INSERT INTO waiting (institution_id, resident_id, joined_at) VALUES (:id, :resident, :now)")
				.bind("id", id).bind("resident", residentId).bind("now", now).then()
				.onErrorMap(DataIntegrityViolationException.class, ex -> DomainException.rule("ALREADY_WAITING",
						"residentId", "the resident is already on this institution's waiting list")))
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(id)));
	}

	/** Admits a resident of the caller's region to a free bed, taking them off every waiting list. */
	public Mono<InstitutionView> admit(Supervisor supervisor, long id, Long residentId) {
		if (residentId == null) {
			throw DomainException.badInput("residentId", "name the resident");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.db.sql("SELECT beds FROM institution WHERE id = :id FOR UPDATE").bind("id", id)
			.map((row, meta) -> row.get("beds", Integer.class)).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("institution", id)))
			.flatMap(beds -> admissible(supervisor, id, residentId)
				.then(this.db.sql("SELECT COUNT(*) AS n FROM admission WHERE institution_id = :id").bind("id", id)
					.map((row, meta) -> ((Number) row.get("n")).longValue()).one())
				.flatMap(taken -> (taken >= beds) ? Mono.error(DomainException.rule("NO_BED_FREE", "id",
						"all " + beds + " beds are taken")) : Mono.just(taken)))
			.then(this.db.sql("INSERT INTO admission (institution_id, resident_id, admitted_by, admitted_at)"
					+ " VALUES (:id, :resident, :me, :now)")
				.bind("id", id).bind("resident", residentId).bind("me", supervisor.userId()).bind("now", now).then()
				.onErrorMap(DataIntegrityViolationException.class, ex -> alreadyAdmitted()))
			.then(this.db.sql("DELETE FROM waiting WHERE resident_id = :resident").bind("resident", residentId).then())
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(id)));
	}

	/** The resident is the caller's region's, active, not admitted anywhere, and of a district the institution admits. */
	private Mono<Void> admissible(Supervisor supervisor, long id, long residentId) {
		Region region = supervisor.region();
		// The resident's row is locked (after the institution's, in an admission): a status change or another
		// admission of the same resident waits for this one to commit.
		return region.bind(this.db.sql("SELECT r.district_id, r.street_id, r.status FROM resident r WHERE r.id = :resident"
				+ region.condition("r") + " FOR UPDATE").bind("resident", residentId))
			.map((row, meta) -> new String[] { row.get("district_id", String.class), row.get("status", String.class),
					row.get("street_id", String.class) })
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("resident", residentId)))
			.flatMap(found -> this.db.sql("SELECT COUNT(*) AS n FROM admission WHERE resident_id = :resident")
				.bind("resident", residentId).map((row, meta) -> ((Number) row.get("n")).longValue()).one()
				.map(admitted -> new Object[] { found[0], found[1], admitted, found[2] }))
			.flatMap(resident -> this.db.sql("SELECT district_id, street_id, admits FROM institution WHERE id = :id").bind("id", id)
				.map((row, meta) -> new String[] { row.get("district_id", String.class), row.get("admits", String.class),
						row.get("street_id", String.class) })
				.one()
				.switchIfEmpty(Mono.error(() -> DomainException.notFound("institution", id)))
				.flatMap(institution -> {
					if (!"ACTIVE".equals(resident[1])) {
						return Mono.error(DomainException.rule("RESIDENT_NOT_ACTIVE", "residentId",
								"only active residents wait for or take a bed"));
					}
					if ((Long) resident[2] > 0) {
						return Mono.error(alreadyAdmitted());
					}
					if ("DISTRICT".equals(institution[1]) && !institution[0].equals(resident[0])) {
						return Mono.error(DomainException.rule("NOT_ADMITTED_HERE", "residentId",
								"this institution admits residents of its own district only"));
					}
					if ("STREET".equals(institution[1]) && !institution[2].equals(resident[3])) {
						return Mono.error(DomainException.rule("NOT_ADMITTED_HERE", "residentId",
								"this institution admits residents of its own street only"));
					}
					return Mono.<Void>empty();
				}));
	}

	private static DomainException alreadyAdmitted() {
		return DomainException.rule("ALREADY_ADMITTED", "residentId", "the resident already holds a bed");
	}

	private static InstitutionView view(Readable row) {
		return new InstitutionView(row.get("id", Long.class), row.get("name", String.class),
				row.get("district_id", String.class), row.get("street_id", String.class), row.get("beds", Integer.class),
				row.get("subsidised_beds", Integer.class), ((Number) row.get("occupied")).longValue(),
				((Number) row.get("waiting")).longValue(), row.get("credit_rating", String.class),
				row.get("admits", String.class));
	}

}
