package dev.huiju.meetings.meeting;

/** One meeting in one person's schedule; a meeting of several of the people asked appears once for each. */
public record ScheduleEntry(String personId, MeetingView meeting) {
}
