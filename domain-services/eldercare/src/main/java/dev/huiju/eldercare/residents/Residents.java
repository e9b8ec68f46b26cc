package dev.huiju.eldercare.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.eldercare.idnumbers.IdNumbers;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.Peers;
import dev.huiju.service.support.regions.Region;
import dev.huiju.service.support.security.Actor;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Residents, read and changed only inside the supervisor's region: every query carries the region's condition,
 * and a resident outside it is NOT_FOUND. ID numbers are opened only for the answer, and found only by their
 * blind index.
 */
@Service
public class Residents {

	static final String COLUMNS = "r.id, r.name, r.id_number_sealed, r.id_number_key, r.id_number_index, r.birth_date, r.district_id,"
			+ " r.street_id, r.phone, r.address, r.care_level, r.status";

	private static final int MAX_PAGE = 200;

	private final DatabaseClient db;

	private final IdNumbers idNumbers;

	private final Peers.Peer directory;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Residents(DatabaseClient db, IdNumbers idNumbers, Peers peers, Clock clock, TransactionalOperator transaction) {
		this.db = db;
		this.idNumbers = idNumbers;
		this.directory = peers.peer("directory", "http://localhost:8081");
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<List<ResidentView>> byIds(Supervisor supervisor, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return read(supervisor, " AND r.id IN (:ids) ORDER BY r.id", spec -> spec.bind("ids", ids));
	}

	public Mono<ResidentView> one(Supervisor supervisor, long id) {
		return byIds(supervisor, List.of(id)).flatMap(found -> found.isEmpty()
				? Mono.error(DomainException.notFound("resident", id)) : Mono.just(found.get(0)));
	}

	/** The resident with this ID number, found by its blind index; none outside the region. */
	public Mono<List<ResidentView>> byIdNumber(Supervisor supervisor, String idNumber) {
		String index = this.idNumbers.index(idNumber);
		return read(supervisor, " AND r.id_number_index = :index", spec -> spec.bind("index", index));
	}

	/** A page of the region's residents, optionally of one street and status, in id order after {@code after}. */
	public Mono<List<ResidentView>> page(Supervisor supervisor, String streetId, ResidentStatus status, long after,
			int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw DomainException.badInput("limit", "limit is between 1 and " + MAX_PAGE);
		}
		String where = " AND r.id > :after" + ((streetId != null) ? " AND r.street_id = :street" : "")
				+ ((status != null) ? " AND r.status = :status" : "") + " ORDER BY r.id LIMIT " + limit;
		return read(supervisor, where, spec -> {
			GenericExecuteSpec bound = spec.bind("after", after);
			bound = (streetId != null) ? bound.bind("street", streetId) : bound;
			return (status != null) ? bound.bind("status", status.name()) : bound;
		});
	}

	/** A supervisor registers a resident of a street of their region; the directory says which district it is in. */
	public Mono<ResidentView> register(Supervisor supervisor, Actor actor, ResidentRequests.Register request) {
		String name = (request.name() != null) ? request.name().trim() : "";
		if (name.isEmpty() || name.length() > 100) {
			throw DomainException.badInput("name", "a name has 1 to 100 characters");
		}
		IdNumbers.Sealed sealed = this.idNumbers.seal(request.idNumber());
		if (request.birthDate() == null || request.streetId() == null) {
			throw DomainException.badInput("birthDate", "name the birth date and the street");
		}
		if (request.careLevel() == null || request.careLevel() < 1 || request.careLevel() > 5) {
			throw DomainException.badInput("careLevel", "the care level is 1 to 5");
		}
		String phone = (request.phone() != null) ? request.phone().trim() : "";
		String address = (request.address() != null) ? request.address().trim() : "";
		if (phone.isEmpty() || phone.length() > 32 || address.isEmpty() || address.length() > 200) {
			throw DomainException.badInput("address", "a phone of at most 32 and an address of at most 200 characters");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return districtOf(actor, request.streetId())
			.flatMap(district -> {
				if (!supervisor.region().contains(district, request.streetId())) {
					return Mono.error(DomainException.denied("street " + request.streetId() + " is outside your region"));
				}
				return this.db.sql("INSERT INTO resident (name, id_number_sealed, id_number_key, id_number_index, birth_date,"
						+ " district_id, street_id, phone, address, care_level, status, updated_at) VALUES (:name, :sealed, :key,"
						+ " :index, :birth, :district, :street, :phone, :address, :care, 'ACTIVE', :now)")
					.filter(statement -> statement.returnGeneratedValues("id"))
					.bind("name", name).bind("sealed", sealed.sealed()).bind("key", sealed.keyId())
					.bind("index", sealed.index()).bind("birth", request.birthDate()).bind("district", district)
					.bind("street", request.streetId()).bind("phone", phone).bind("address", address)
					.bind("care", request.careLevel()).bind("now", now)
					.map((row, meta) -> row.get("id", Long.class)).one()
					.onErrorMap(ex -> ex instanceof DataIntegrityViolationException
							&& String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("resident_id_number_once"),
							ex -> DomainException.rule("ID_NUMBER_REGISTERED", "idNumber",
									"a resident with this ID number is already registered"));
			})
			.flatMap(id -> one(supervisor, id));
	}

	/** A change of status the current one allows, with its reason; kept in the resident's history. */
	public Mono<ResidentView> changeStatus(Supervisor supervisor, long id, ResidentRequests.ChangeStatus request) {
		if (request.status() == null) {
			throw DomainException.badInput("status", "name the new status");
		}
		String reason = (request.reason() != null) ? request.reason().trim() : "";
		if (reason.isEmpty() || reason.length() > 200) {
			throw DomainException.badInput("reason", "say why, in 1 to 200 characters");
		}
		String attachment = (request.attachmentRef() != null && !request.attachmentRef().isBlank())
				? request.attachmentRef().trim() : null;
		if (attachment != null && attachment.length() > 200) {
			throw DomainException.badInput("attachmentRef", "a document reference is at most 200 characters");
		}
		if (request.status() != ResidentStatus.ACTIVE && attachment == null) {
			throw DomainException.rule("ATTACHMENT_REQUIRED", "attachmentRef",
					"a death or a move is recorded with the reference of its supporting document");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Region region = supervisor.region();
		return region.bind(this.db.sql("SELECT r.status FROM resident r WHERE r.id = :id" + region.condition("r")
				+ " FOR UPDATE").bind("id", id))
			.map((row, meta) -> ResidentStatus.valueOf(row.get("status", String.class))).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("resident", id)))
			.flatMap(current -> {
				if (!current.mayBecome(request.status())) {
					return Mono.error(DomainException.rule("STATUS_CHANGE_NOT_ALLOWED", "status",
							"a resident " + current.name().toLowerCase() + " does not become " + request.status().name().toLowerCase()));
				}
				GenericExecuteSpec history = this.db.sql("INSERT INTO resident_change (resident_id, from_status, to_status,"
						+ " reason, attachment_ref, changed_by, changed_at) VALUES (:id, :from, :to, :reason, :attachment, :me, :now)")
					.bind("id", id).bind("from", current.name()).bind("to", request.status().name()).bind("reason", reason)
					.bind("me", supervisor.userId()).bind("now", now);
				history = (attachment != null) ? history.bind("attachment", attachment)
						: history.bindNull("attachment", String.class);
				// a resident who dies or moves away leaves their bed and every waiting list
				Mono<Void> release = (request.status() == ResidentStatus.ACTIVE) ? Mono.empty()
						: this.db.sql("DELETE FROM waiting WHERE resident_id = :id").bind("id", id).then()
							.then(this.db.sql("DELETE FROM admission WHERE resident_id = :id").bind("id", id).then());
				return this.db.sql("UPDATE resident SET status = :to, updated_at = :now WHERE id = :id")
					.bind("to", request.status().name()).bind("now", now).bind("id", id).then()
					.then(release)
					.then(history.then());
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(supervisor, id)));
	}

	/** Every change of a resident's status, for city accounts (rows 10–11). */
	public Mono<List<StatusChangeView>> changes(Supervisor supervisor, long id) {
		if (!supervisor.at(Region.Level.CITY)) {
			throw DomainException.denied("the history of a resident's status is read by city accounts");
		}
		return one(supervisor, id).then(this.db.sql("SELECT from_status, to_status, reason, attachment_ref, changed_by,"
				+ " changed_at FROM resident_change WHERE resident_id = :id ORDER BY changed_at, id").bind("id", id)
			.map((row, meta) -> new StatusChangeView(ResidentStatus.valueOf(row.get("from_status", String.class)),
					ResidentStatus.valueOf(row.get("to_status", String.class)), row.get("reason", String.class),
					row.get("attachment_ref", String.class), row.get("changed_by", String.class),
					row.get("changed_at", OffsetDateTime.class)))
			.all().collectList());
	}

	private Mono<String> districtOf(Actor actor, String streetId) {
		return this.directory.ask(actor,
				client -> client.get().uri(uri -> uri.path("/regions").queryParam("ids", streetId).build()),
				response -> response.bodyToMono(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				}), "the directory could not say where street " + streetId + " is")
			.flatMap(regions -> regions.stream()
				.filter(region -> streetId.equals(region.get("id")) && "STREET".equals(region.get("level"))
						&& region.get("parentId") != null)
				.map(region -> (String) region.get("parentId"))
				.findFirst()
				.map(Mono::just)
				.orElseGet(() -> Mono.error(DomainException.badInput("streetId", "street " + streetId + " does not exist"))));
	}

	private Mono<List<ResidentView>> read(Supervisor supervisor, String where,
			java.util.function.UnaryOperator<GenericExecuteSpec> binds) {
		Region region = supervisor.region();
		String sql = "SELECT " + COLUMNS + " FROM resident r WHERE 1 = 1" + region.condition("r") + where;
		return binds.apply(region.bind(this.db.sql(sql))).map(this::view).all().collectList();
	}

	private ResidentView view(Readable row) {
		return new ResidentView(row.get("id", Long.class), row.get("name", String.class),
				this.idNumbers.open(row.get("id_number_sealed", String.class), row.get("id_number_key", String.class),
						row.get("id_number_index", String.class)),
				row.get("birth_date", LocalDate.class), row.get("district_id", String.class),
				row.get("street_id", String.class), row.get("phone", String.class), row.get("address", String.class),
				row.get("care_level", Integer.class), ResidentStatus.valueOf(row.get("status", String.class)));
	}

}
