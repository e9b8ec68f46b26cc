package dev.huiju.meetings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/** Child rows read for many parents at once, grouped by the parent's id, each group in the order read. */
public final class Grouping {

	private Grouping() {
	}

	public static <T> Collector<Map.Entry<Long, T>, ?, Map<Long, List<T>>> byParent() {
		return Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
	}

}
