package dev.huiju.bff.errors;

/** The size of a list a query asks for with {@code first}, read one way for every domain. */
public final class PageSizes {

	private PageSizes() {
	}

	/** {@code fallback} when {@code first} is absent; refused, as bad input, outside 1 to {@code max}. */
	public static int of(Integer first, int fallback, int max) {
		int size = (first != null) ? first : fallback;
		if (size < 1 || size > max) {
			throw new BadUserInput("first must be between 1 and " + max);
		}
		return size;
	}

}
