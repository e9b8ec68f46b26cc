/** Figures per district and day for civil-affairs accounts, leaders and the big screen, computed in the database. */
package dev.huiju.dining.statistics;
