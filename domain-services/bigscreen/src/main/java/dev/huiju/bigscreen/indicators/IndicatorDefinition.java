package dev.huiju.bigscreen.indicators;

/** What an indicator is: its key, label and unit, what its members are, how they combine, where it comes from. */
public record IndicatorDefinition(String key, String label, String unit, String dimension, String combine,
		String source) {
}
