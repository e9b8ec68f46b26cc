package dev.huiju.dining.canteens;

import java.time.LocalDate;
import java.time.LocalTime;

/** What an operator may change of their canteen; an absent field stays as it is. */
public record CanteenChange(Integer seats, LocalTime opensAt, LocalTime closesAt, Boolean delivers,
		String licenceStatus, LocalDate licenceExpires) {
}
