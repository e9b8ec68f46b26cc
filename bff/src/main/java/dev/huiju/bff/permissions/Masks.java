package dev.huiju.bff.permissions;

/** How each kind of personal data looks when the caller may not see it in clear. */
final class Masks {

	private Masks() {
	}

	static String mask(String kind, String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (kind) {
			case "ID_NUMBER" -> keep(value, 3, 4);
			case "PHONE" -> keep(value, 3, 4);
			case "NAME" -> keep(value, 1, 0);
			case "ADDRESS" -> keep(value, 6, 0);
			case "BIRTH_DATE" -> keep(value, 4, 0);
			default -> "*".repeat(value.codePointCount(0, value.length()));
		};
	}

	/** Keeps the first and last characters and stars the rest; a value too short to keep anything is all stars. */
	private static String keep(String value, int head, int tail) {
		int[] points = value.codePoints().toArray();
		if (points.length <= head + tail) {
			return "*".repeat(points.length);
		}
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			boolean shown = i < head || i >= points.length - tail;
			if (shown) {
				masked.appendCodePoint(points[i]);
			}
			else {
				masked.append('*');
			}
		}
		return masked.toString();
	}

}
