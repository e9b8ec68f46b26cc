/**
 * The meetings service. {@code rooms}: rooms, free-room search, utilisation; {@code meeting}: meetings as
 * read, schedules, invitations; {@code booking}: booking, inviting, replies, cancelling, under the rule that a
 * room is never double-booked; {@code proceedings}: votes on agenda items and minutes.
 */
package dev.huiju.meetings;
