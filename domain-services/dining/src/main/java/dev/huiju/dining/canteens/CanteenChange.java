package dev.huiju.dining.canteens;

import java.time.LocalTime;

/**
 * What an operator may change of their canteen; an absent field stays as it is. The food-safety licence is not
 * theirs to record: civil-affairs accounts do ({@link LicenceRecord}).
 */
public record CanteenChange(Integer seats, LocalTime opensAt, LocalTime closesAt, Boolean delivers) {
}
