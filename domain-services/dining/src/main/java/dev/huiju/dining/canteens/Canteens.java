package dev.huiju.dining.canteens;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.huiju.dining.access.Caller;
import dev.huiju.dining.menus.Meal;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Reads canteens for a caller and applies an operator's changes. Canteens are public to diners and staff; a
 * civil-affairs account reads those of its region only, and one outside it does not exist for it.
 */
@Service
public class Canteens {

	static final String COLUMNS = "c.id, c.name, c.kind, c.district_id, c.street_id, c.address, c.seats, c.opens_at,"
			+ " c.closes_at, c.delivers, c.licence_status, c.licence_expires, c.operator_id";

	private static final Set<String> LICENCE = Set.of("VALID", "SUSPENDED", "EXPIRED");

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final java.time.Clock clock;

	Canteens(DatabaseClient db, TransactionalOperator transaction, java.time.Clock clock) {
		this.db = db;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<List<CanteenView>> list(Caller caller, CanteenKind kind, String districtId, String streetId) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM canteen c WHERE 1 = 1");
		sql.append(scope(caller));
		if (kind != null) {
			sql.append(" AND c.kind = :kind");
		}
		if (districtId != null) {
			sql.append(" AND c.district_id = :district");
		}
		if (streetId != null) {
			sql.append(" AND c.street_id = :street");
		}
		sql.append(" ORDER BY c.id");
		GenericExecuteSpec spec = bindScope(caller, this.db.sql(sql.toString()));
		if (kind != null) {
			spec = spec.bind("kind", kind.name());
		}
		if (districtId != null) {
			spec = spec.bind("district", districtId);
		}
		if (streetId != null) {
			spec = spec.bind("street", streetId);
		}
		return spec.map(Canteens::view).all().collectList();
	}

	/** The canteens of these ids the caller may see; the others are absent. */
	public Mono<List<CanteenView>> byIds(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return bindScope(caller, this.db.sql("SELECT " + COLUMNS + " FROM canteen c WHERE c.id IN (:ids)" + scope(caller)
				+ " ORDER BY c.id").bind("ids", ids))
			.map(Canteens::view).all().collectList();
	}

	/** One canteen the caller may see, or {@code NOT_FOUND}. */
	public Mono<CanteenView> one(Caller caller, long id) {
		return byIds(caller, List.of(id)).flatMap(found -> found.isEmpty()
				? Mono.error(DomainException.notFound("canteen", id)) : Mono.just(found.get(0)));
	}

	/** The operator changes their own canteen; anyone else's is not theirs to change. */
	public Mono<CanteenView> change(Caller caller, long id, CanteenChange change) {
		caller.require(Caller.Kind.OPERATOR, "only a canteen's operator changes it");
		return this.db.sql("SELECT " + COLUMNS + " FROM canteen c WHERE c.id = :id FOR UPDATE").bind("id", id)
			.map(Canteens::view).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("canteen", id)))
			.flatMap(current -> {
				if (!current.operatorId().equals(caller.userId())) {
					throw DomainException.denied("canteen " + id + " is run by another operator");
				}
				int seats = (change.seats() != null) ? change.seats() : current.seats();
				LocalTime opens = (change.opensAt() != null) ? change.opensAt() : current.opensAt();
				LocalTime closes = (change.closesAt() != null) ? change.closesAt() : current.closesAt();
				boolean delivers = (change.delivers() != null) ? change.delivers() : current.delivers();
				if (seats < 1 || seats > 10_000) {
					throw DomainException.badInput("seats", "seats must be between 1 and 10000");
				}
				if (!opens.isBefore(closes)) {
					throw DomainException.badInput("opensAt", "a canteen opens before it closes");
				}
				return this.db.sql("UPDATE canteen SET seats = :seats, opens_at = :opens, closes_at = :closes,"
						+ " delivers = :delivers, updated_at = :now WHERE id = :id")
					.bind("seats", seats).bind("opens", opens).bind("closes", closes).bind("delivers", delivers)
					.bind("now", OffsetDateTime.now(this.clock)).bind("id", id)
					.then();
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(caller, id)));
	}

	/** A civil-affairs account records the licence of a canteen of its region; elsewhere the canteen does not exist. */
	public Mono<CanteenView> recordLicence(Caller caller, long id, LicenceRecord record) {
		caller.require(Caller.Kind.CIVIL_AFFAIRS, "licences are recorded by civil-affairs accounts");
		if (record.status() == null || !LICENCE.contains(record.status())) {
			throw DomainException.badInput("status", "a licence is VALID, SUSPENDED or EXPIRED");
		}
		if (record.expires() == null) {
			throw DomainException.badInput("expires", "name the day the licence expires");
		}
		return one(caller, id)
			.flatMap(canteen -> this.db.sql("UPDATE canteen SET licence_status = :status, licence_expires = :expires,"
					+ " updated_at = :now WHERE id = :id")
				.bind("status", record.status()).bind("expires", record.expires())
				.bind("now", OffsetDateTime.now(this.clock)).bind("id", id)
				.then())
			.then(Mono.defer(() -> one(caller, id)));
	}

	/** Live reservations per day and meal, for the canteen's operator and the civil-affairs accounts over it. */
	public Mono<List<MealCount>> counts(Caller caller, long id, LocalDate from, LocalDate to) {
		return supervised(caller, id).then(this.db.sql("""
				SELECT served_on, meal, SUM(CASE WHEN delivery THEN 0 ELSE 1 END) AS dine_in,
				       SUM(CASE WHEN delivery THEN 1 ELSE 0 END) AS delivered
				FROM reservation WHERE canteen_id = :id AND status = 'BOOKED' AND served_on BETWEEN :from AND :to
				GROUP BY served_on, meal ORDER BY served_on, meal
				""")
			.bind("id", id).bind("from", from).bind("to", to)
			.map((row, meta) -> new MealCount(row.get("served_on", LocalDate.class), Meal.valueOf(row.get("meal", String.class)),
					((Number) row.get("dine_in")).longValue(), ((Number) row.get("delivered")).longValue()))
			.all().collectList());
	}

	/**
	 * The canteen, when the caller runs it or supervises its region; {@code NOT_FOUND} outside a civil-affairs
	 * account's region, {@code PERMISSION_DENIED} for anyone else.
	 */
	public Mono<CanteenView> supervised(Caller caller, long id) {
		return one(caller, id).doOnNext(canteen -> {
			boolean runs = caller.is(Caller.Kind.OPERATOR) && canteen.operatorId().equals(caller.userId());
			if (!runs && !caller.is(Caller.Kind.CIVIL_AFFAIRS)) {
				throw DomainException.denied("only the canteen's operator and civil-affairs accounts see this");
			}
		});
	}

	static String scope(Caller caller) {
		return caller.is(Caller.Kind.CIVIL_AFFAIRS) ? caller.region().condition("c") : "";
	}

	static GenericExecuteSpec bindScope(Caller caller, GenericExecuteSpec spec) {
		return caller.is(Caller.Kind.CIVIL_AFFAIRS) ? caller.region().bind(spec) : spec;
	}

	static CanteenView view(Readable row) {
		return new CanteenView(row.get("id", Long.class), row.get("name", String.class),
				CanteenKind.valueOf(row.get("kind", String.class)), row.get("district_id", String.class),
				row.get("street_id", String.class), row.get("address", String.class), row.get("seats", Integer.class),
				row.get("opens_at", LocalTime.class), row.get("closes_at", LocalTime.class),
				row.get("delivers", Boolean.class), row.get("licence_status", String.class),
				row.get("licence_expires", LocalDate.class), row.get("operator_id", String.class));
	}

}
