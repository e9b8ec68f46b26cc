package dev.huiju.dining.statistics;

import java.time.LocalDate;

/**
 * One district's dining on one day. Meals served are live reservations of days already past; ratings and
 * subsidy figures count by the day they were given, applied for or decided.
 */
public record DayFigures(String districtId, LocalDate day, long reservations, long mealsServed, long delivered,
		long subsidisedMeals, long chargedFen, long ratings, Double averageRating, long subsidyApplications,
		long subsidiesApproved) {
}
