/** Standing delivery orders of a meal every day, paused, resumed or stopped at least 48 hours ahead. */
package dev.huiju.dining.delivery;
