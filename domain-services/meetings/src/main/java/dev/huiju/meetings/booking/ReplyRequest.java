package dev.huiju.meetings.booking;

import dev.huiju.meetings.meeting.Reply;

/** @param delegateId who goes in the replier's place; only with DELEGATED */
public record ReplyRequest(Reply reply, String delegateId) {
}
