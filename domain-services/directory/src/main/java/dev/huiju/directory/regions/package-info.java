/** Regions: city, district and street, each inside the one above. */
package dev.huiju.directory.regions;
