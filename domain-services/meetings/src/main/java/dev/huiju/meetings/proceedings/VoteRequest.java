package dev.huiju.meetings.proceedings;

import dev.huiju.meetings.meeting.VoteChoice;

public record VoteRequest(VoteChoice choice) {
}
