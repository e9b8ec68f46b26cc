package dev.huiju.documents.document;

import java.util.List;

import dev.huiju.access.Clearance;

/** Classification levels of a document; compared through {@link Clearance}'s explicit ranks. */
public enum Classification {

	PUBLIC, INTERNAL, SECRET, CONFIDENTIAL;

	public Clearance level() {
		return Clearance.valueOf(name());
	}

	public static Classification of(Clearance clearance) {
		return valueOf(clearance.name());
	}

	/** This level and every lower one: what a reader with this clearance may see. */
	public List<Classification> andBelow() {
		return level().andBelow().stream().map(Classification::of).toList();
	}

}
