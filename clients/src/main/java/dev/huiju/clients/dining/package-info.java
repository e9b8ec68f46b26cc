/** The dining service's client: canteens, menus, diners, reservations, delivery, ratings, subsidies, statistics. */
package dev.huiju.clients.dining;
