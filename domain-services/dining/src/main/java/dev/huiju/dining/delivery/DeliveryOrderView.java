package dev.huiju.dining.delivery;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.dining.menus.Meal;

/**
 * A standing delivery order with its schedule and every change asked of it.
 *
 * @param state what the order does today: ACTIVE, PAUSED or STOPPED (PENDING before its first day)
 */
public record DeliveryOrderView(long id, long canteenId, String dinerId, Meal meal, String address, LocalDate startsOn,
		LocalDate pausedFrom, LocalDate resumesOn, LocalDate stoppedFrom, String state, List<Change> changes) {

	public record Change(String kind, LocalDate effectiveOn, String requestedBy, java.time.OffsetDateTime requestedAt) {
	}

}
