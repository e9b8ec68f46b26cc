package dev.huiju.dining.subsidies;

/** An application for the caller or a diner they act for. */
public record SubsidyRequest(String dinerId, String reason) {
}
