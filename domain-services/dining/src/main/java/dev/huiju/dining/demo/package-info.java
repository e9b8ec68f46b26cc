/** Demo data for the local stack: canteens, diners, menus, reservations, ratings and subsidies around today. */
package dev.huiju.dining.demo;
