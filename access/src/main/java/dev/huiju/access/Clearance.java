package dev.huiju.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The classification levels, public &lt; internal &lt; secret &lt; confidential. Every comparison goes through
 * the explicit {@link #rank()}, never through the declaration order of this enum or of the schema's enum, so
 * reordering either cannot change who reads what.
 */
public enum Clearance {

	PUBLIC(0), INTERNAL(10), SECRET(20), CONFIDENTIAL(30);

	private final int rank;

	Clearance(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return this.rank;
	}

	/** Whether a holder of this clearance may read an object classified {@code level}. */
	public boolean covers(Clearance level) {
		return level != null && this.rank >= level.rank;
	}

	/** This clearance, lowered to {@code cap} when the cap is lower. */
	public Clearance atMost(Clearance cap) {
		return (cap != null && cap.rank < this.rank) ? cap : this;
	}

	/** Every level this clearance covers, lowest first. */
	public List<Clearance> andBelow() {
		return Arrays.stream(values()).filter(this::covers).sorted((a, b) -> Integer.compare(a.rank, b.rank)).toList();
	}

	/** The level of this exact name; anything else (lower case, blanks, unknown) is no level at all. */
	public static Optional<Clearance> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (Clearance level : values()) {
			if (level.name().equals(name)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
