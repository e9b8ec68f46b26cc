package dev.huiju.bff.documents;

import java.util.regex.Pattern;

import dev.huiju.bff.errors.BadUserInput;

/**
 * Document ids are numbers on the wire of the documents service and opaque IDs in the schema. Only the
 * canonical form is an id: digits without sign, blanks, leading zeros or anything else, so that one document
 * has exactly one id ("1\u0000" and " 1 " are not document 1).
 */
final class DocumentIds {

	private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,17}");

	private DocumentIds() {
	}

	static long parse(String id) {
		if (id == null || !CANONICAL.matcher(id).matches()) {
			throw new BadUserInput("id is not a document id");
		}
		return Long.parseLong(id);
	}

}
