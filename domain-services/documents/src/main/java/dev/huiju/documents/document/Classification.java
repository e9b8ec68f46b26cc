package dev.huiju.documents.document;

import java.util.Arrays;
import java.util.List;

/** Classification levels, in increasing order of secrecy. */
public enum Classification {

	PUBLIC, INTERNAL, SECRET, CONFIDENTIAL;

	/** This level and every lower one: what a reader with this clearance may see. */
	public List<Classification> andBelow() {
		return Arrays.stream(values()).filter(level -> level.ordinal() <= ordinal()).toList();
	}

}
