package dev.huiju.dining.ratings;

/** A canteen's averages over all its ratings; the overall figure is the mean of the four. */
public record RatingSummary(long canteenId, String canteenName, String districtId, long ratings, double price, double environment, double service,
		double taste, double overall) {
}
