/** Meal subsidies: a resident or their relative applies, the street reviews, an approved one lowers the price. */
package dev.huiju.dining.subsidies;
