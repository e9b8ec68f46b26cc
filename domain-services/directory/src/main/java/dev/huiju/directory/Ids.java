package dev.huiju.directory;

import java.util.Arrays;
import java.util.List;

import dev.huiju.service.support.DomainException;

/** Parses the comma-separated {@code ids} parameter of the batch endpoints. */
public final class Ids {

	/** One batch may name at most this many ids; a larger one is a bulk copy, not a lookup. */
	public static final int MAX_BATCH = 1000;

	private Ids() {
	}

	public static List<String> parse(String ids) {
		List<String> parsed = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
		if (parsed.size() > MAX_BATCH) {
			throw DomainException.badInput("ids", "at most " + MAX_BATCH + " ids per request");
		}
		return parsed;
	}

}
