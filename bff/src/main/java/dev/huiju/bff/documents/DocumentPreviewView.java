package dev.huiju.bff.documents;

import dev.huiju.bff.watermark.Watermark;

/** The {@code DocumentPreview} type: the start of a document's text under the response's watermark. */
record DocumentPreviewView(String excerpt, Watermark watermark) {

	static final int EXCERPT_CHARACTERS = 200;

	static String excerpt(String body) {
		if (body == null) {
			return "";
		}
		int end = body.offsetByCodePoints(0, Math.min(EXCERPT_CHARACTERS, body.codePointCount(0, body.length())));
		return body.substring(0, end);
	}

}
