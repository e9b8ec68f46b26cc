package dev.huiju.dining.ratings;

/** A diner's rating of a canteen for this month. */
public record RatingRequest(Long canteenId, String dinerId, Integer price, Integer environment, Integer service,
		Integer taste, String comment) {
}
