/**
 * Booking a room, inviting, replying, cancelling. Facts from other services (who the people are, which
 * documents the organizer may read) are gathered first; the change then takes the room's (or meeting's) row
 * lock and checks every rule before its first write, so a refused change writes nothing.
 */
package dev.huiju.meetings.booking;
