package dev.huiju.bff.documents;

import dev.huiju.bff.errors.BadUserInput;

/** Document ids are numbers on the wire of the documents service and opaque IDs in the schema. */
final class DocumentIds {

	private DocumentIds() {
	}

	static long parse(String id) {
		try {
			return Long.parseLong(id.trim());
		}
		catch (RuntimeException ex) {
			throw new BadUserInput("id is not a document id");
		}
	}

}
