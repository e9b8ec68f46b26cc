package dev.huiju.dining.ratings;

import java.time.OffsetDateTime;

/** A rating as readers see it: no rater's name; {@code mine} tells the rater their own. */
public record RatingView(long id, long canteenId, String month, int price, int environment, int service, int taste,
		String comment, String visibility, OffsetDateTime createdAt, boolean mine) {
}
