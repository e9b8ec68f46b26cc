package dev.huiju.dining.reservations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.diners.Diners;
import dev.huiju.dining.menus.Meal;
import dev.huiju.dining.menus.MenuStatus;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Reserving and cancelling meals. A reservation locks its canteen's row, then checks every rule (approved
 * menu, licence, hours, booking deadline, seats, one live reservation per diner and meal) before it writes,
 * so the seats of a meal are never oversold and a refusal stores nothing.
 */
@Service
public class Reservations {

	/** Reservations close, and cancellations too, this long before a meal is served: the kitchen shops and cooks. */
	public static final java.time.Duration NOTICE = java.time.Duration.ofHours(2);

	static final String COLUMNS = "r.id, r.canteen_id, r.menu_id, r.served_on, r.meal, r.diner_id, r.booked_by, r.delivery,"
			+ " r.status, r.list_fen, r.charged_fen, r.subsidy_id, r.created_at, r.cancelled_at";

	private final DatabaseClient db;

	private final Diners diners;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Reservations(DatabaseClient db, Diners diners, BusinessCalendar calendar, Clock clock,
			TransactionalOperator transaction) {
		this.db = db;
		this.diners = diners;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** The caller's reservations and those of the diners they act for, between two days. */
	public Mono<List<ReservationView>> mine(Caller caller, LocalDate from, LocalDate to) {
		return this.db.sql("SELECT " + COLUMNS + " FROM reservation r WHERE r.served_on BETWEEN :from AND :to AND " + OWN
				+ " ORDER BY r.served_on, r.meal, r.id")
			.bind("from", from).bind("to", to).bind("me", caller.userId())
			.map(Reservations::view).all().collectList();
	}

	/** The reservations of these diners between two days: for callers already allowed to read the diners. */
	public Mono<List<ReservationView>> ofDiners(Collection<String> dinerIds, LocalDate from, LocalDate to) {
		if (dinerIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.db.sql("SELECT " + COLUMNS + " FROM reservation r WHERE r.diner_id IN (:ids)"
				+ " AND r.served_on BETWEEN :from AND :to ORDER BY r.served_on DESC, r.meal, r.id")
			.bind("ids", dinerIds).bind("from", from).bind("to", to)
			.map(Reservations::view).all().collectList();
	}

	public Mono<List<ReservationView>> byIds(Caller caller, List<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.db.sql("SELECT " + COLUMNS + " FROM reservation r WHERE r.id IN (:ids) AND " + OWN + " ORDER BY r.id")
			.bind("ids", ids).bind("me", caller.userId())
			.map(Reservations::view).all().collectList();
	}

	/** A reservation is the diner's, their relatives' and whoever booked it; to anyone else it does not exist. */
	private static final String OWN = "(r.diner_id = :me OR r.booked_by = :me"
			+ " OR r.diner_id IN (SELECT dr.diner_id FROM diner_relative dr WHERE dr.relative_id = :me))";

	public Mono<ReservationView> reserve(Caller caller, ReservationRequest request) {
		if (request.menuId() == null) {
			throw DomainException.badInput("menuId", "name the menu");
		}
		boolean delivery = Boolean.TRUE.equals(request.delivery());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.diners.forWhom(caller, request.dinerId())
			.flatMap(acting -> menu(request.menuId())
				.flatMap(menu -> lockCanteen(menu.canteenId())
					.flatMap(canteen -> {
						checkMenu(menu);
						Integer percentOff = null;
						if (canteen.community()) {
							acting.requireRegistered();
						}
						else if (caller.is(Caller.Kind.CITIZEN)) {
							throw DomainException.denied("a staff canteen serves the staff");
						}
						checkCanteen(canteen, menu, delivery, now);
						if (delivery) {
							acting.requireRegistered();
						}
						String diner = acting.dinerId();
						return checkOnePerMeal(diner, menu)
							.then(delivery ? Mono.empty() : checkSeats(canteen, menu))
							.then(canteen.community() ? subsidy(diner) : Mono.empty())
							.defaultIfEmpty(Subsidy.NONE)
							.flatMap(subsidy -> insert(menu, diner, caller.userId(), delivery, subsidy, now));
					}))
				.as(this.transaction::transactional))
			.flatMap(id -> byIds(caller, List.of(id)).map(found -> found.get(0)));
	}

	/** Cancels a live reservation until the booking deadline of its meal. */
	public Mono<ReservationView> cancel(Caller caller, long id) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.db.sql("SELECT " + COLUMNS + " FROM reservation r WHERE r.id = :id AND " + OWN + " FOR UPDATE")
			.bind("id", id).bind("me", caller.userId())
			.map(Reservations::view).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("reservation", id)))
			.flatMap(reservation -> {
				if (reservation.status() == ReservationStatus.CANCELLED) {
					return Mono.error(DomainException.conflict("reservation " + id + " is already cancelled"));
				}
				if (!now.isBefore(deadline(reservation.day(), reservation.meal()))) {
					return Mono.error(DomainException.rule("CANCELLATION_CLOSED", "id",
							"a reservation is cancelled at least " + NOTICE.toHours() + " hours before the meal is served"));
				}
				return this.db.sql("UPDATE reservation SET status = 'CANCELLED', live = NULL, cancelled_at = :now WHERE id = :id")
					.bind("now", now).bind("id", id).then();
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> byIds(caller, List.of(id)).map(found -> found.get(0))));
	}

	private OffsetDateTime deadline(LocalDate day, Meal meal) {
		return day.atTime(meal.serves()).atZone(this.calendar.zone()).toOffsetDateTime().minus(NOTICE);
	}

	private static void checkMenu(MenuRow menu) {
		if (menu.status() != MenuStatus.APPROVED) {
			throw DomainException.rule("MENU_NOT_APPROVED", "menuId",
					"menu " + menu.id() + " has not been approved; meals are ordered from approved menus only");
		}
	}

	private void checkCanteen(CanteenRow canteen, MenuRow menu, boolean delivery, OffsetDateTime now) {
		if (!"VALID".equals(canteen.licenceStatus()) || canteen.licenceExpires().isBefore(menu.day())) {
			throw DomainException.rule("LICENCE_NOT_VALID", "menuId",
					"the canteen's food-safety licence is not valid on " + menu.day());
		}
		if (!menu.meal().within(canteen.opensAt(), canteen.closesAt())) {
			throw DomainException.rule("OUTSIDE_OPENING_HOURS", "menuId", "the canteen is open " + canteen.opensAt() + "–"
					+ canteen.closesAt() + " and does not serve " + menu.meal().name().toLowerCase());
		}
		if (!now.isBefore(deadline(menu.day(), menu.meal()))) {
			throw DomainException.rule("BOOKING_CLOSED", "menuId",
					"reservations close " + NOTICE.toHours() + " hours before the meal is served");
		}
		if (delivery && !canteen.delivers()) {
			throw DomainException.rule("NO_DELIVERY", "delivery", "the canteen does not deliver");
		}
	}

	private Mono<Void> checkOnePerMeal(String diner, MenuRow menu) {
		return this.db.sql("SELECT COUNT(*) AS n FROM reservation WHERE diner_id = :diner AND served_on = :day AND meal = :meal"
				+ " AND status = 'BOOKED'")
			.bind("diner", diner).bind("day", menu.day()).bind("meal", menu.meal().name())
			.map((row, meta) -> ((Number) row.get("n")).longValue()).one()
			.flatMap(n -> (n > 0) ? Mono.error(alreadyReserved()) : Mono.empty());
	}

	private Mono<Void> checkSeats(CanteenRow canteen, MenuRow menu) {
		return this.db.sql("SELECT COUNT(*) AS n FROM reservation WHERE canteen_id = :canteen AND served_on = :day"
				+ " AND meal = :meal AND status = 'BOOKED' AND delivery = FALSE")
			.bind("canteen", canteen.id()).bind("day", menu.day()).bind("meal", menu.meal().name())
			.map((row, meta) -> ((Number) row.get("n")).longValue()).one()
			.flatMap(n -> (n >= canteen.seats()) ? Mono.error(DomainException.rule("CANTEEN_FULL", "menuId",
					"all " + canteen.seats() + " seats of this meal are reserved")) : Mono.empty());
	}

	/** The diner's approved subsidy and their district's policy; none when either is missing. */
	private Mono<Subsidy> subsidy(String diner) {
		return this.db.sql("SELECT s.id, p.percent_off FROM subsidy s JOIN subsidy_policy p ON p.district_id = s.district_id"
				+ " WHERE s.diner_id = :diner AND s.status = 'APPROVED' ORDER BY s.reviewed_at DESC LIMIT 1")
			.bind("diner", diner)
			.map((row, meta) -> new Subsidy(row.get("id", Long.class), row.get("percent_off", Integer.class)))
			.one();
	}

	private Mono<Long> insert(MenuRow menu, String diner, String bookedBy, boolean delivery, Subsidy subsidy,
			OffsetDateTime now) {
		int charged = menu.priceFen() - (menu.priceFen() * subsidy.percentOff() / 100);
		var insert = this.db.sql("INSERT INTO reservation (canteen_id, menu_id, served_on, meal, diner_id, booked_by, delivery,"
				+ " status, list_fen, charged_fen, subsidy_id, created_at, live) VALUES (:canteen, :menu, :day, :meal, :diner,"
				+ " :bookedBy, :delivery, 'BOOKED', :list, :charged, :subsidy, :now, TRUE)")
			.filter(statement -> statement.returnGeneratedValues("id"))
			.bind("canteen", menu.canteenId()).bind("menu", menu.id()).bind("day", menu.day())
			.bind("meal", menu.meal().name()).bind("diner", diner).bind("bookedBy", bookedBy).bind("delivery", delivery)
			.bind("list", menu.priceFen()).bind("charged", charged).bind("now", now);
		insert = (subsidy.id() != null) ? insert.bind("subsidy", subsidy.id()) : insert.bindNull("subsidy", Long.class);
		return insert.map((row, meta) -> row.get("id", Long.class)).one()
			// The canteen's lock serialises a canteen's bookings; the same diner booked at two canteens at once is
			// caught here, by the unique key of live reservations.
			.onErrorMap(DataIntegrityViolationException.class, ex -> alreadyReserved());
	}

	private static DomainException alreadyReserved() {
		return DomainException.rule("ALREADY_RESERVED", "menuId", "the diner already has a reservation for this meal");
	}

	private Mono<MenuRow> menu(long id) {
		return this.db.sql("SELECT id, canteen_id, served_on, meal, price_fen, status FROM menu WHERE id = :id").bind("id", id)
			.map((row, meta) -> new MenuRow(row.get("id", Long.class), row.get("canteen_id", Long.class),
					row.get("served_on", LocalDate.class), Meal.valueOf(row.get("meal", String.class)),
					row.get("price_fen", Integer.class), MenuStatus.valueOf(row.get("status", String.class))))
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("menu", id)));
	}

	private Mono<CanteenRow> lockCanteen(long id) {
		return this.db.sql("SELECT id, kind, seats, opens_at, closes_at, delivers, licence_status, licence_expires"
				+ " FROM canteen WHERE id = :id FOR UPDATE").bind("id", id)
			.map((row, meta) -> new CanteenRow(row.get("id", Long.class), "COMMUNITY".equals(row.get("kind", String.class)),
					row.get("seats", Integer.class), row.get("opens_at", LocalTime.class),
					row.get("closes_at", LocalTime.class), row.get("delivers", Boolean.class),
					row.get("licence_status", String.class), row.get("licence_expires", LocalDate.class)))
			.one();
	}

	static ReservationView view(Readable row) {
		return new ReservationView(row.get("id", Long.class), row.get("canteen_id", Long.class),
				row.get("menu_id", Long.class), row.get("served_on", LocalDate.class), Meal.valueOf(row.get("meal", String.class)),
				row.get("diner_id", String.class), row.get("booked_by", String.class), row.get("delivery", Boolean.class),
				ReservationStatus.valueOf(row.get("status", String.class)), row.get("list_fen", Integer.class),
				row.get("charged_fen", Integer.class), row.get("subsidy_id", Long.class),
				row.get("created_at", OffsetDateTime.class), row.get("cancelled_at", OffsetDateTime.class));
	}

	private record MenuRow(long id, long canteenId, LocalDate day, Meal meal, int priceFen, MenuStatus status) {
	}

	private record CanteenRow(long id, boolean community, int seats, LocalTime opensAt, LocalTime closesAt,
			boolean delivers, String licenceStatus, LocalDate licenceExpires) {
	}

	private record Subsidy(Long id, int percentOff) {

		static final Subsidy NONE = new Subsidy(null, 0);

	}

}
