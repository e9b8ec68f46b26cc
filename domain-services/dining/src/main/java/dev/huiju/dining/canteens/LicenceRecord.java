package dev.huiju.dining.canteens;

import java.time.LocalDate;

/** A canteen's food-safety licence as a civil-affairs account of its region records it. */
public record LicenceRecord(String status, LocalDate expires) {
}
