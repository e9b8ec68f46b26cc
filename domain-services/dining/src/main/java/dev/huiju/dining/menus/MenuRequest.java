package dev.huiju.dining.menus;

import java.time.LocalDate;
import java.util.List;

/** An operator's menu for one day and meal of their canteen. */
public record MenuRequest(Long canteenId, LocalDate day, Meal meal, Integer priceFen, List<DishRequest> dishes) {

	public record DishRequest(String name, Integer priceFen, List<String> allergens, Integer kcal, Integer proteinG) {
	}

}
