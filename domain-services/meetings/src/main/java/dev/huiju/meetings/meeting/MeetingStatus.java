package dev.huiju.meetings.meeting;

/** BOOKED until it ends, then HELD; CANCELLED by its organizer before it starts. Only BOOKED and CANCELLED are stored. */
public enum MeetingStatus {

	BOOKED, CANCELLED, HELD

}
