/** Reservations of a meal from an approved menu, eaten in or delivered, with the price actually charged. */
package dev.huiju.dining.reservations;
