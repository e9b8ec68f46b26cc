package dev.huiju.meetings.rooms;

/** What a room may be equipped with; free-room search asks for a set of these. */
public enum Equipment {

	PROJECTOR, VIDEO_CONFERENCE, WHITEBOARD, MICROPHONES, RECORDING, INTERPRETATION

}
