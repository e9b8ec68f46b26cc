package dev.huiju.eldercare.statistics;

/** How many institutions hold one credit rating (A to D), with their beds. */
public record RatingCount(String rating, long institutions, long beds) {
}
