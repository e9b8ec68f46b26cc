package dev.huiju.meetings.meeting;

/** An attendee's answer to the notice; the organizer is ACCEPTED from the start. */
public enum Reply {

	PENDING, ACCEPTED, DECLINED, DELEGATED;

	/** Whether the person is expected in the room (and so busy, and entitled to vote). */
	public boolean attends() {
		return this == PENDING || this == ACCEPTED;
	}

}
