/** Rooms, their equipment, bookable hours and closures; which are free; how much they are used. */
package dev.huiju.meetings.rooms;
