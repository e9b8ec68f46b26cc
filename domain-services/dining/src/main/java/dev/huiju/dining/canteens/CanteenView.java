package dev.huiju.dining.canteens;

import java.time.LocalDate;
import java.time.LocalTime;

/** A canteen as every reader sees it. */
public record CanteenView(long id, String name, CanteenKind kind, String districtId, String streetId, String address,
		int seats, LocalTime opensAt, LocalTime closesAt, boolean delivers, String licenceStatus,
		LocalDate licenceExpires, String operatorId) {
}
