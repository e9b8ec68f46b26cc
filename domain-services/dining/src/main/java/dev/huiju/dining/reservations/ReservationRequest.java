package dev.huiju.dining.reservations;

/** A meal from a menu, for the caller or a diner they act for, eaten in or delivered. */
public record ReservationRequest(Long menuId, String dinerId, Boolean delivery) {
}
