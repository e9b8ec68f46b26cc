package dev.huiju.dining.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.diners.DinerView;
import dev.huiju.dining.diners.Diners;
import dev.huiju.dining.menus.Meal;
import dev.huiju.service.support.DomainException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Standing delivery orders. The kitchen plans two days ahead: an order starts, pauses, resumes or stops only
 * from a day whose delivery is at least 48 hours away; anything sooner is refused and changes nothing.
 */
@Service
public class DeliveryOrders {

	public static final Duration NOTICE = Duration.ofHours(48);

	private static final String COLUMNS = "o.id, o.canteen_id, o.diner_id, o.meal, o.address, o.starts_on, o.paused_from,"
			+ " o.resumes_on, o.stopped_from";

	private static final String OWN = "(o.diner_id = :me OR o.created_by = :me"
			+ " OR o.diner_id IN (SELECT dr.diner_id FROM diner_relative dr WHERE dr.relative_id = :me))";

	private final DatabaseClient db;

	private final Diners diners;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final TransactionalOperator transaction;

	DeliveryOrders(DatabaseClient db, Diners diners, BusinessCalendar calendar, Clock clock,
			TransactionalOperator transaction) {
		this.db = db;
		this.diners = diners;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = transaction;
	}

	public Mono<List<DeliveryOrderView>> mine(Caller caller) {
		return read(this.db.sql("SELECT " + COLUMNS + " FROM delivery_order o WHERE " + OWN + " ORDER BY o.id")
			.bind("me", caller.userId()));
	}

	public Mono<DeliveryOrderView> start(Caller caller, DeliveryRequests.Start request) {
		if (request.canteenId() == null || request.meal() == null || request.startsOn() == null) {
			throw DomainException.badInput("canteenId", "name the canteen, the meal and the first day");
		}
		String address = (request.address() != null) ? request.address().trim() : null;
		if (address != null && (address.isEmpty() || address.length() > 200)) {
			throw DomainException.badInput("address", "an address has 1 to 200 characters");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		checkNotice(request.startsOn(), request.meal(), now, "startsOn");
		return this.diners.forWhom(caller, request.dinerId())
			.flatMap(acting -> {
				DinerView diner = acting.requireRegistered();
				return this.db.sql("SELECT kind, delivers FROM canteen WHERE id = :id").bind("id", request.canteenId())
					.map((row, meta) -> "COMMUNITY".equals(row.get("kind", String.class)) && row.get("delivers", Boolean.class))
					.one()
					.switchIfEmpty(Mono.error(() -> DomainException.notFound("canteen", request.canteenId())))
					.flatMap(delivers -> {
						if (!delivers) {
							return Mono.error(DomainException.rule("NO_DELIVERY", "canteenId", "the canteen does not deliver"));
						}
						return this.db.sql("INSERT INTO delivery_order (canteen_id, diner_id, meal, address, starts_on,"
								+ " created_by, created_at) VALUES (:canteen, :diner, :meal, :address, :starts, :me, :now)")
							.filter(statement -> statement.returnGeneratedValues("id"))
							.bind("canteen", request.canteenId()).bind("diner", diner.id()).bind("meal", request.meal().name())
							.bind("address", (address != null) ? address : diner.address()).bind("starts", request.startsOn())
							.bind("me", caller.userId()).bind("now", now)
							.map((row, meta) -> row.get("id", Long.class)).one();
					});
			})
			.as(this.transaction::transactional)
			.flatMap(id -> one(caller, id));
	}

	public Mono<DeliveryOrderView> pause(Caller caller, long id, DeliveryRequests.Pause request) {
		if (request.from() == null) {
			throw DomainException.badInput("from", "name the first day without delivery");
		}
		if (request.until() != null && !request.until().isAfter(request.from())) {
			throw DomainException.badInput("until", "a pause ends after it begins");
		}
		LocalDate today = this.calendar.today();
		return change(caller, id, "PAUSE", request.from(), "from", (order, now) -> {
			// One pause at a time: a new one would overwrite a pause the kitchen already plans by.
			if (order.pauseNotOver(today)) {
				throw DomainException.conflict("delivery order " + id + " is already paused from " + order.pausedFrom()
						+ ((order.resumesOn() != null) ? " until " + order.resumesOn() : " until resumed"));
			}
			GenericExecuteSpec update = this.db.sql("UPDATE delivery_order SET paused_from = :from, resumes_on = :until WHERE id = :id")
				.bind("from", request.from()).bind("id", id);
			return ((request.until() != null) ? update.bind("until", request.until()) : update.bindNull("until", LocalDate.class))
				.then();
		});
	}

	public Mono<DeliveryOrderView> resume(Caller caller, long id, DeliveryRequests.Resume request) {
		if (request.on() == null) {
			throw DomainException.badInput("on", "name the day delivery resumes");
		}
		return change(caller, id, "RESUME", request.on(), "on", (order, now) -> {
			if (order.pausedFrom() == null || (order.resumesOn() != null && !order.resumesOn().isAfter(request.on()))) {
				throw DomainException.conflict("delivery order " + id + " is not paused on " + request.on());
			}
			if (!request.on().isAfter(order.pausedFrom())) {
				throw DomainException.badInput("on", "delivery resumes after the pause begins (" + order.pausedFrom() + ")");
			}
			return this.db.sql("UPDATE delivery_order SET resumes_on = :on WHERE id = :id").bind("on", request.on())
				.bind("id", id).then();
		});
	}

	public Mono<DeliveryOrderView> stop(Caller caller, long id, DeliveryRequests.Stop request) {
		if (request.from() == null) {
			throw DomainException.badInput("from", "name the first day without delivery");
		}
		return change(caller, id, "STOP", request.from(), "from", (order, now) -> this.db
			.sql("UPDATE delivery_order SET stopped_from = :from WHERE id = :id").bind("from", request.from()).bind("id", id)
			.then());
	}

	/** Locks the order, refuses a stopped one and short notice, applies the change and records it. */
	private Mono<DeliveryOrderView> change(Caller caller, long id, String kind, LocalDate effective, String field,
			Change change) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.db.sql("SELECT " + COLUMNS + " FROM delivery_order o WHERE o.id = :id AND " + OWN + " FOR UPDATE")
			.bind("id", id).bind("me", caller.userId())
			.map(DeliveryOrders::row).one()
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("delivery order", id)))
			.flatMap(order -> {
				if (order.stoppedFrom() != null) {
					return Mono.error(DomainException.conflict("delivery order " + id + " is stopped from " + order.stoppedFrom()));
				}
				checkNotice(effective, order.meal(), now, field);
				return change.apply(order, now)
					.then(this.db.sql("INSERT INTO delivery_change (order_id, kind, effective_on, requested_by, requested_at)"
							+ " VALUES (:order, :kind, :on, :me, :now)")
						.bind("order", id).bind("kind", kind).bind("on", effective).bind("me", caller.userId())
						.bind("now", now).then());
			})
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> one(caller, id)));
	}

	/** The first delivery a change touches must be at least 48 hours away. */
	private void checkNotice(LocalDate day, Meal meal, OffsetDateTime now, String field) {
		OffsetDateTime delivery = day.atTime(meal.serves()).atZone(this.calendar.zone()).toOffsetDateTime();
		if (now.plus(NOTICE).isAfter(delivery)) {
			throw DomainException.rule("NOTICE_UNDER_48_HOURS", field, "deliveries change from a day at least 48 hours"
					+ " ahead; the earliest now is " + earliest(meal, now));
		}
	}

	private LocalDate earliest(Meal meal, OffsetDateTime now) {
		LocalDate day = now.atZoneSameInstant(this.calendar.zone()).toLocalDate();
		while (now.plus(NOTICE).isAfter(day.atTime(meal.serves()).atZone(this.calendar.zone()).toOffsetDateTime())) {
			day = day.plusDays(1);
		}
		return day;
	}

	private Mono<DeliveryOrderView> one(Caller caller, long id) {
		return read(this.db.sql("SELECT " + COLUMNS + " FROM delivery_order o WHERE o.id = :id AND " + OWN)
			.bind("id", id).bind("me", caller.userId()))
			.flatMap(found -> found.isEmpty() ? Mono.error(DomainException.notFound("delivery order", id))
					: Mono.just(found.get(0)));
	}

	private Mono<List<DeliveryOrderView>> read(GenericExecuteSpec orders) {
		LocalDate today = this.calendar.today();
		return orders.map(DeliveryOrders::row).all().collectList().flatMap(rows -> {
			if (rows.isEmpty()) {
				return Mono.just(List.<DeliveryOrderView>of());
			}
			Map<Long, List<DeliveryOrderView.Change>> changes = new LinkedHashMap<>();
			rows.forEach(order -> changes.put(order.id(), new ArrayList<>()));
			return this.db.sql("SELECT order_id, kind, effective_on, requested_by, requested_at FROM delivery_change"
					+ " WHERE order_id IN (:ids) ORDER BY order_id, id")
				.bind("ids", changes.keySet())
				.map((row, meta) -> changes.get(row.get("order_id", Long.class)).add(new DeliveryOrderView.Change(
						row.get("kind", String.class), row.get("effective_on", LocalDate.class),
						row.get("requested_by", String.class), row.get("requested_at", OffsetDateTime.class))))
				.all()
				.then(Mono.fromSupplier(() -> rows.stream().map(order -> order.view(today, changes.get(order.id()))).toList()));
		});
	}

	private static OrderRow row(Readable row) {
		return new OrderRow(row.get("id", Long.class), row.get("canteen_id", Long.class), row.get("diner_id", String.class),
				Meal.valueOf(row.get("meal", String.class)), row.get("address", String.class),
				row.get("starts_on", LocalDate.class), row.get("paused_from", LocalDate.class),
				row.get("resumes_on", LocalDate.class), row.get("stopped_from", LocalDate.class));
	}

	@FunctionalInterface
	private interface Change {

		Mono<Void> apply(OrderRow order, OffsetDateTime now);

	}

	private record OrderRow(long id, long canteenId, String dinerId, Meal meal, String address, LocalDate startsOn,
			LocalDate pausedFrom, LocalDate resumesOn, LocalDate stoppedFrom) {

		/** Whether a pause is running on this day or still to come. */
		boolean pauseNotOver(LocalDate today) {
			return this.pausedFrom != null && (this.resumesOn == null || this.resumesOn.isAfter(today));
		}

		DeliveryOrderView view(LocalDate today, List<DeliveryOrderView.Change> changes) {
			String state;
			if (this.stoppedFrom != null && !today.isBefore(this.stoppedFrom)) {
				state = "STOPPED";
			}
			else if (today.isBefore(this.startsOn)) {
				state = "PENDING";
			}
			else if (this.pausedFrom != null && !today.isBefore(this.pausedFrom)
					&& (this.resumesOn == null || today.isBefore(this.resumesOn))) {
				state = "PAUSED";
			}
			else {
				state = "ACTIVE";
			}
			return new DeliveryOrderView(this.id, this.canteenId, this.dinerId, this.meal, this.address, this.startsOn,
					this.pausedFrom, this.resumesOn, this.stoppedFrom, state, List.copyOf(changes));
		}

	}

}
