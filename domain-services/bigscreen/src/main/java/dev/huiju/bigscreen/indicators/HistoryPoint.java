package dev.huiju.bigscreen.indicators;

import java.time.LocalDateTime;
import java.util.List;

/** One indicator's history: its buckets in order, each with its start on the service's calendar and its value. */
public record HistoryPoint(String key, List<Bucket> buckets) {

	/** A bucket's start and the value it ended with. */
	public record Bucket(LocalDateTime at, Double value) {
	}

}
