package dev.huiju.meetings.booking;

import java.util.List;

public record InviteRequest(List<String> attendeeIds) {
}
