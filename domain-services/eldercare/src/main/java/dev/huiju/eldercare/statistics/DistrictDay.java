package dev.huiju.eldercare.statistics;

import java.time.LocalDate;

/** One district's applications on one day: made, and finally approved or rejected (by either tier). */
public record DistrictDay(String districtId, LocalDate day, long submitted, long approved, long rejected) {
}
