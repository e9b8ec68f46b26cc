/** Figures per district, by day and as they stand, computed in the database; never a person. */
package dev.huiju.eldercare.statistics;
