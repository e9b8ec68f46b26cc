package dev.huiju.dining.reservations;

/** A live reservation is booked; a cancelled one frees its seat and is kept. */
public enum ReservationStatus {
	BOOKED, CANCELLED
}
