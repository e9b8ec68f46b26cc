/** Who calls, in the terms of dining: a diner, a canteen operator, a civil-affairs account of a region, a machine. */
package dev.huiju.dining.access;
