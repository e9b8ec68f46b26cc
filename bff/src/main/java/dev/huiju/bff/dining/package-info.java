/** Dining in the graph: canteens, menus, reservations, delivery, ratings, subsidies, figures, and the street's to-do. */
package dev.huiju.bff.dining;
