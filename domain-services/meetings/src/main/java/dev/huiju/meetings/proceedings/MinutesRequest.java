package dev.huiju.meetings.proceedings;

public record MinutesRequest(String body) {
}
