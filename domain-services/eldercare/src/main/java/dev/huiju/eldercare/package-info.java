/**
 * Elder care: the most sensitive personal data of the system, read by civil-affairs accounts of a street, a
 * district or the city. Region scoping is a condition of every query; ID numbers are sealed at rest and found
 * through a blind index.
 */
package dev.huiju.eldercare;
