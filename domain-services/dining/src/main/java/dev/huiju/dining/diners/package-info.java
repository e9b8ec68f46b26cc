/** Diners: residents registered for community meals, and the relatives who may act on their behalf. */
package dev.huiju.dining.diners;
