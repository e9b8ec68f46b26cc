package dev.huiju.dining.canteens;

import java.time.LocalDate;

import dev.huiju.dining.menus.Meal;

/** Live reservations of one canteen, day and meal, for the kitchen: eaten in and delivered. */
public record MealCount(LocalDate day, Meal meal, long dineIn, long delivered) {
}
