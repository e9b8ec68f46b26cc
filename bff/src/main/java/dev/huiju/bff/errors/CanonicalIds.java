package dev.huiju.bff.errors;

import java.util.regex.Pattern;

/**
 * Ids that are numbers on the wire of a domain service and opaque IDs in the schema (documents, meetings, rooms,
 * agenda items). Only the canonical form is an id: digits without sign, blanks, leading zeros or anything else,
 * so that one object has exactly one id ("1\u0000", " 1 " and "01" are not 1). Refused before any call is made.
 */
public final class CanonicalIds {

	private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,17}");

	private CanonicalIds() {
	}

	/** {@code raw} as a number; otherwise {@link BadUserInput} naming {@code field}: "field is not {@code what}". */
	public static long parse(String raw, String field, String what) {
		if (raw == null || !CANONICAL.matcher(raw).matches()) {
			throw new BadUserInput(field, field + " is not " + what);
		}
		return Long.parseLong(raw);
	}

}
