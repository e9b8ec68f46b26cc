/** Ratings of canteens: four scores of 1–5 stars, a short comment, once a month per diner; averages and ranking. */
package dev.huiju.dining.ratings;
