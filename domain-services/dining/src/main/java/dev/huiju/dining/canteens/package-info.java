/** Canteens: who they serve, where, their seats, hours, delivery and food-safety licence; the kitchen's counts. */
package dev.huiju.dining.canteens;
