/** People of the organisation: staff and the citizens who use the public channels. */
package dev.huiju.directory.people;
