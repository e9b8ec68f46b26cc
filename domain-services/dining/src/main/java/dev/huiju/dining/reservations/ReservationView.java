package dev.huiju.dining.reservations;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.huiju.dining.menus.Meal;

/** A reservation with the list price and the price charged after the diner's subsidy. */
public record ReservationView(long id, long canteenId, long menuId, LocalDate day, Meal meal, String dinerId,
		String bookedBy, boolean delivery, ReservationStatus status, int listFen, int chargedFen, Long subsidyId,
		OffsetDateTime createdAt, OffsetDateTime cancelledAt) {
}
