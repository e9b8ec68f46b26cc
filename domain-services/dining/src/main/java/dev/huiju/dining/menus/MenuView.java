package dev.huiju.dining.menus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A menu with its dishes, in the order the operator listed them. */
public record MenuView(long id, long canteenId, LocalDate day, Meal meal, int priceFen, MenuStatus status,
		String reviewerId, String opinion, OffsetDateTime reviewedAt, List<Dish> dishes) {

	public record Dish(String name, int priceFen, List<String> allergens, int kcal, int proteinG) {
	}

	MenuView withDishes(List<Dish> all) {
		return new MenuView(this.id, this.canteenId, this.day, this.meal, this.priceFen, this.status, this.reviewerId,
				this.opinion, this.reviewedAt, all);
	}

}
