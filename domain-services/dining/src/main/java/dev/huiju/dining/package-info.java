/**
 * Dining: staff canteens and community elder canteens, menus (a community canteen's approved by its street
 * before diners see it), reservations with the price charged, standing delivery orders, ratings, meal
 * subsidies reviewed by the street, and statistics per district and day. Row and region rules are decided
 * here, from the caller's token, in the queries themselves.
 */
package dev.huiju.dining;
