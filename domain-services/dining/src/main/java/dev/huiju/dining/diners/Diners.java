package dev.huiju.dining.diners;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * For whom a caller acts. A person acts for themselves; a citizen also for a diner who registered them as a
 * relative, and for nobody else. Community meals, delivery and subsidies are for registered diners.
 */
@Service
public class Diners {

	private static final String COLUMNS = "d.id, d.name, d.district_id, d.street_id, d.address, d.phone";

	private final DatabaseClient db;

	Diners(DatabaseClient db) {
		this.db = db;
	}

	/** The caller themselves when registered, and the diners they are a relative of. */
	public Mono<List<DinerView>> mine(Caller caller) {
		return this.db.sql("SELECT " + COLUMNS + " FROM diner d WHERE d.id = :me"
				+ " OR d.id IN (SELECT r.diner_id FROM diner_relative r WHERE r.relative_id = :me) ORDER BY d.id")
			.bind("me", caller.userId())
			.map(Diners::view).all().collectList();
	}

	/**
	 * The diners of these ids the caller may read: a citizen their own and their relatives', a civil-affairs
	 * account those of its region; anyone else none. The others are absent.
	 */
	public Mono<List<DinerView>> byIds(Caller caller, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		if (caller.is(Caller.Kind.CIVIL_AFFAIRS)) {
			return caller.region().bind(this.db.sql("SELECT " + COLUMNS + " FROM diner d WHERE d.id IN (:ids)"
					+ caller.region().condition("d") + " ORDER BY d.id").bind("ids", ids))
				.map(Diners::view).all().collectList();
		}
		return mine(caller).map(mine -> mine.stream().filter(diner -> ids.contains(diner.id())).toList());
	}

	/**
	 * The diners who are these elder-care residents, by resident id, for a civil-affairs account and within its
	 * region; for anyone else none, as residents are not theirs to read.
	 */
	public Mono<Map<Long, DinerView>> ofResidents(Caller caller, Collection<Long> residentIds) {
		if (residentIds.isEmpty() || !caller.is(Caller.Kind.CIVIL_AFFAIRS)) {
			return Mono.just(Map.of());
		}
		return caller.region().bind(this.db.sql("SELECT d.resident_id, " + COLUMNS + " FROM diner d"
				+ " WHERE d.resident_id IN (:ids)" + caller.region().condition("d")).bind("ids", residentIds))
			.map(row -> Map.entry(row.get("resident_id", Long.class), view(row)))
			.all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	/**
	 * Whom a change is for: {@code dinerId}, or the caller when absent. Someone else only as their registered
	 * relative; the answer is empty for the caller themselves when not registered.
	 */
	public Mono<Acting> forWhom(Caller caller, String dinerId) {
		String whom = (dinerId == null || dinerId.isBlank()) ? caller.userId() : dinerId.trim();
		Mono<DinerView> diner = this.db.sql("SELECT " + COLUMNS + " FROM diner d WHERE d.id = :id").bind("id", whom)
			.map(Diners::view).one();
		if (whom.equals(caller.userId())) {
			return diner.map(found -> new Acting(whom, found)).defaultIfEmpty(new Acting(whom, null));
		}
		return this.db.sql("SELECT COUNT(*) AS n FROM diner_relative WHERE diner_id = :diner AND relative_id = :me")
			.bind("diner", whom).bind("me", caller.userId())
			.map((row, meta) -> ((Number) row.get("n")).longValue()).one()
			.flatMap(n -> {
				if (n == 0) {
					return Mono.error(DomainException.denied("you act only for yourself or a diner who named you a relative"));
				}
				return diner.map(found -> new Acting(whom, found));
			});
	}

	/** The diner of a change, and their registration when there is one. */
	public record Acting(String dinerId, DinerView registered) {

		/** Community meals, delivery and subsidies need the street office's registration. */
		public DinerView requireRegistered() {
			if (this.registered == null) {
				throw DomainException.rule("NOT_A_REGISTERED_DINER", "dinerId",
						this.dinerId + " is not registered for community meals; the street office registers diners");
			}
			return this.registered;
		}

	}

	static DinerView view(Readable row) {
		return new DinerView(row.get("id", String.class), row.get("name", String.class),
				row.get("district_id", String.class), row.get("street_id", String.class), row.get("address", String.class),
				row.get("phone", String.class));
	}

}
