package dev.huiju.dining.menus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.canteens.CanteenKind;
import dev.huiju.dining.canteens.CanteenView;
import dev.huiju.dining.canteens.Canteens;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Menus as each caller may see them, and their review. Diners and staff see approved menus only; an operator
 * also the menus of their own canteens; a civil-affairs account every menu of its region and nothing outside.
 */
@Service
public class Menus {

	private static final String COLUMNS = "m.id, m.canteen_id, m.served_on, m.meal, m.price_fen, m.status, m.reviewer_id,"
			+ " m.opinion, m.reviewed_at";

	private static final int MAX_DISHES = 20;

	/** Breakfast, lunch, dinner: the day's order, not the alphabet's. */
	private static final String MEAL_ORDER = "CASE m.meal WHEN 'BREAKFAST' THEN 1 WHEN 'LUNCH' THEN 2 ELSE 3 END";

	private final DatabaseClient db;

	private final Canteens canteens;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Menus(DatabaseClient db, Canteens canteens, BusinessCalendar calendar, Clock clock,
			TransactionalOperator transaction) {
		this.db = db;
		this.canteens = canteens;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** The menus of these canteens over these days that the caller may see, in one query. */
	public Mono<List<MenuView>> of(Caller caller, Collection<Long> canteenIds, LocalDate from, LocalDate to) {
		if (canteenIds.isEmpty()) {
			return Mono.just(List.of());
		}
		String sql = "SELECT " + COLUMNS + " FROM menu m JOIN canteen c ON c.id = m.canteen_id"
				+ " WHERE m.canteen_id IN (:ids) AND m.served_on BETWEEN :from AND :to" + visible(caller)
				+ " ORDER BY m.canteen_id, m.served_on, " + MEAL_ORDER;
		return withDishes(bindVisible(caller, this.db.sql(sql).bind("ids", canteenIds).bind("from", from).bind("to", to)));
	}

	public Mono<List<MenuView>> byIds(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		String sql = "SELECT " + COLUMNS + " FROM menu m JOIN canteen c ON c.id = m.canteen_id WHERE m.id IN (:ids)"
				+ visible(caller) + " ORDER BY m.id";
		return withDishes(bindVisible(caller, this.db.sql(sql).bind("ids", ids)));
	}

	/** Menus waiting for the street account's review, oldest first. */
	public Mono<List<MenuView>> pending(Caller caller, int limit) {
		caller.requireStreetAccount("reviewing menus");
		String sql = "SELECT " + COLUMNS + " FROM menu m JOIN canteen c ON c.id = m.canteen_id WHERE m.status = 'SUBMITTED'"
				+ caller.region().condition("c") + " ORDER BY m.created_at, m.id LIMIT " + limit;
		return withDishes(caller.region().bind(this.db.sql(sql)));
	}

	/** The operator publishes a menu: approved at once in a staff canteen, submitted for review in a community one. */
	public Mono<MenuView> submit(Caller caller, MenuRequest request) {
		caller.require(Caller.Kind.OPERATOR, "only a canteen's operator publishes its menus");
		checkShape(request);
		if (request.day().isBefore(this.calendar.today())) {
			throw DomainException.rule("MENU_IN_THE_PAST", "day", "a menu is for today or a later day");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.canteens.one(caller, request.canteenId())
			.flatMap(canteen -> {
				if (!canteen.operatorId().equals(caller.userId())) {
					return Mono.error(DomainException.denied("canteen " + canteen.id() + " is run by another operator"));
				}
				if (!request.meal().within(canteen.opensAt(), canteen.closesAt())) {
					return Mono.error(DomainException.rule("OUTSIDE_OPENING_HOURS", "meal", "the canteen is not open for "
							+ request.meal().name().toLowerCase() + " (" + canteen.opensAt() + "–" + canteen.closesAt() + ")"));
				}
				return write(canteen, request, now);
			})
			.as(this.transaction::transactional)
			.flatMap(id -> byIds(caller, List.of(id)).map(found -> found.get(0)));
	}

	private Mono<Long> write(CanteenView canteen, MenuRequest request, OffsetDateTime now) {
		MenuStatus status = (canteen.kind() == CanteenKind.STAFF) ? MenuStatus.APPROVED : MenuStatus.SUBMITTED;
		// The canteen's row is the lock: two menus of one meal published at once are decided one after the other.
		return this.db.sql("SELECT id FROM canteen WHERE id = :id FOR UPDATE").bind("id", canteen.id())
			.map((row, meta) -> row.get("id", Long.class)).one()
			.then(this.db.sql("SELECT id, status FROM menu WHERE canteen_id = :canteen AND served_on = :day AND meal = :meal"
					+ " FOR UPDATE")
			.bind("canteen", canteen.id()).bind("day", request.day()).bind("meal", request.meal().name())
			.map((row, meta) -> new Object[] { row.get("id", Long.class), row.get("status", String.class) })
			.one()
			.flatMap(existing -> {
				if (!MenuStatus.REJECTED.name().equals(existing[1])) {
					return Mono.<Long>error(DomainException.rule("MENU_EXISTS", "meal",
							"the canteen already has a " + existing[1].toString().toLowerCase() + " menu for this meal"));
				}
				long id = (Long) existing[0];
				// A rejected menu is corrected and submitted again in its place.
				return this.db.sql("DELETE FROM dish WHERE menu_id = :id").bind("id", id).then()
					.then(this.db.sql("UPDATE menu SET price_fen = :price, status = :status, reviewer_id = NULL,"
							+ " opinion = NULL, reviewed_at = NULL, created_at = :now WHERE id = :id")
						.bind("price", request.priceFen()).bind("status", status.name()).bind("now", now).bind("id", id)
						.then())
					.thenReturn(id);
			})
			.switchIfEmpty(Mono.defer(() -> this.db.sql("INSERT INTO menu (canteen_id, served_on, meal, price_fen, status,"
					+ " created_at) VALUES (:canteen, :day, :meal, :price, :status, :now)")
				.filter(statement -> statement.returnGeneratedValues("id"))
				.bind("canteen", canteen.id()).bind("day", request.day()).bind("meal", request.meal().name())
				.bind("price", request.priceFen()).bind("status", status.name()).bind("now", now)
				.map((row, meta) -> row.get("id", Long.class)).one()
				.onErrorMap(DataIntegrityViolationException.class, ex -> DomainException.rule("MENU_EXISTS", "meal",
						"the canteen already has a menu for this meal")))))
			.flatMap(id -> insertDishes(id, request.dishes()).thenReturn(id));
	}

	private Mono<Void> insertDishes(long menuId, List<MenuRequest.DishRequest> dishes) {
		List<Mono<Void>> inserts = new ArrayList<>();
		for (int i = 0; i < dishes.size(); i++) {
			MenuRequest.DishRequest dish = dishes.get(i);
			inserts.add(this.db.sql("INSERT INTO dish (menu_id, position, name, price_fen, allergens, kcal, protein_g)"
					+ " VALUES (:menu, :position, :name, :price, :allergens, :kcal, :protein)")
				.bind("menu", menuId).bind("position", i + 1).bind("name", dish.name().trim())
				.bind("price", dish.priceFen())
				.bind("allergens", String.join(",", (dish.allergens() != null) ? dish.allergens() : List.of()))
				.bind("kcal", dish.kcal()).bind("protein", dish.proteinG())
				.then());
		}
		return Flux.concat(inserts).then();
	}

	/** The street account approves or rejects a submitted menu of its street. */
	public Mono<MenuView> review(Caller caller, long id, ReviewRequest request) {
		caller.requireStreetAccount("reviewing menus");
		boolean approve = Boolean.TRUE.equals(request.approve());
		String opinion = (request.opinion() != null) ? request.opinion().trim() : null;
		if (request.approve() == null) {
			throw DomainException.badInput("approve", "say whether the menu is approved");
		}
		if (!approve && (opinion == null || opinion.isEmpty())) {
			throw DomainException.badInput("opinion", "a rejection says why");
		}
		if (opinion != null && opinion.length() > 200) {
			throw DomainException.badInput("opinion", "an opinion is at most 200 characters");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return caller.region().bind(this.db.sql("SELECT m.status FROM menu m WHERE m.id = :id"
				+ " AND m.canteen_id IN (SELECT c.id FROM canteen c WHERE 1 = 1" + caller.region().condition("c") + ")"
				+ " FOR UPDATE").bind("id", id))
			.map((row, meta) -> MenuStatus.valueOf(row.get("status", String.class)))
			.one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("menu", id)))
			.flatMap(status -> {
				if (status != MenuStatus.SUBMITTED) {
					return Mono.error(DomainException.conflict("menu " + id + " is already " + status.name().toLowerCase()));
				}
				GenericExecuteSpec update = this.db.sql("UPDATE menu SET status = :status, reviewer_id = :reviewer,"
						+ " opinion = :opinion, reviewed_at = :now WHERE id = :id")
					.bind("status", (approve ? MenuStatus.APPROVED : MenuStatus.REJECTED).name())
					.bind("reviewer", caller.userId()).bind("now", now).bind("id", id);
				update = (opinion != null && !opinion.isEmpty()) ? update.bind("opinion", opinion)
						: update.bindNull("opinion", String.class);
				return update.then();
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> byIds(caller, List.of(id)).map(found -> found.get(0))));
	}

	private static void checkShape(MenuRequest request) {
		if (request.canteenId() == null) {
			throw DomainException.badInput("canteenId", "name the canteen");
		}
		if (request.day() == null) {
			throw DomainException.badInput("day", "name the day");
		}
		if (request.meal() == null) {
			throw DomainException.badInput("meal", "name the meal: BREAKFAST, LUNCH or DINNER");
		}
		if (request.priceFen() == null || request.priceFen() < 1 || request.priceFen() > 100_000) {
			throw DomainException.badInput("priceFen", "the meal's price is between 1 and 100000 fen");
		}
		List<MenuRequest.DishRequest> dishes = request.dishes();
		if (dishes == null || dishes.isEmpty() || dishes.size() > MAX_DISHES) {
			throw DomainException.badInput("dishes", "a menu lists 1 to " + MAX_DISHES + " dishes");
		}
		for (MenuRequest.DishRequest dish : dishes) {
			if (dish.name() == null || dish.name().isBlank() || dish.name().trim().length() > 100) {
				throw DomainException.badInput("dishes", "a dish has a name of at most 100 characters");
			}
			if (dish.priceFen() == null || dish.priceFen() < 0 || dish.kcal() == null || dish.kcal() < 0
					|| dish.proteinG() == null || dish.proteinG() < 0) {
				throw DomainException.badInput("dishes", "a dish has a price, energy (kcal) and protein (g), none negative");
			}
			if (dish.allergens() != null && String.join(",", dish.allergens()).length() > 200) {
				throw DomainException.badInput("dishes", "a dish's allergens take at most 200 characters");
			}
		}
	}

	private static String visible(Caller caller) {
		return switch (caller.kind()) {
			case CIVIL_AFFAIRS -> caller.region().condition("c");
			case OPERATOR -> " AND (m.status = 'APPROVED' OR c.operator_id = :me)";
			default -> " AND m.status = 'APPROVED'";
		};
	}

	private static GenericExecuteSpec bindVisible(Caller caller, GenericExecuteSpec spec) {
		return switch (caller.kind()) {
			case CIVIL_AFFAIRS -> caller.region().bind(spec);
			case OPERATOR -> spec.bind("me", caller.userId());
			default -> spec;
		};
	}

	/** The menus of the query, then all their dishes in a second query. */
	private Mono<List<MenuView>> withDishes(GenericExecuteSpec menus) {
		return menus.map(Menus::menu).all().collectList().flatMap(found -> {
			if (found.isEmpty()) {
				return Mono.just(found);
			}
			Map<Long, List<MenuView.Dish>> dishes = new LinkedHashMap<>();
			found.forEach(menu -> dishes.put(menu.id(), new ArrayList<>()));
			return this.db.sql("SELECT menu_id, name, price_fen, allergens, kcal, protein_g FROM dish"
					+ " WHERE menu_id IN (:ids) ORDER BY menu_id, position")
				.bind("ids", dishes.keySet())
				.map((row, meta) -> {
					String allergens = row.get("allergens", String.class);
					dishes.get(row.get("menu_id", Long.class)).add(new MenuView.Dish(row.get("name", String.class),
							row.get("price_fen", Integer.class),
							(allergens == null || allergens.isEmpty()) ? List.of() : Arrays.asList(allergens.split(",")),
							row.get("kcal", Integer.class), row.get("protein_g", Integer.class)));
					return 1;
				})
				.all()
				.then(Mono.fromSupplier(() -> found.stream().map(menu -> menu.withDishes(List.copyOf(dishes.get(menu.id()))))
					.toList()));
		});
	}

	static MenuView menu(Readable row) {
		return new MenuView(row.get("id", Long.class), row.get("canteen_id", Long.class), row.get("served_on", LocalDate.class),
				Meal.valueOf(row.get("meal", String.class)), row.get("price_fen", Integer.class),
				MenuStatus.valueOf(row.get("status", String.class)), row.get("reviewer_id", String.class),
				row.get("opinion", String.class), row.get("reviewed_at", OffsetDateTime.class), List.of());
	}

}
