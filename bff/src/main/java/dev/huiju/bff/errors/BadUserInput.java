package dev.huiju.bff.errors;

/** Input the BFF itself refuses (a bad cursor, a page size out of range) before calling any service. */
public class BadUserInput extends RuntimeException {

	private final String field;

	public BadUserInput(String message) {
		this(null, message);
	}

	/** @param field the input field at fault, for a mutation's {@code UserError.field} */
	public BadUserInput(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input field at fault; {@code null} when the message names none. */
	public String field() {
		return this.field;
	}

}
