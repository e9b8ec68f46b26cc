/** Menus: one set meal per canteen, day and meal with its dishes; a community canteen's approved by its street. */
package dev.huiju.dining.menus;
