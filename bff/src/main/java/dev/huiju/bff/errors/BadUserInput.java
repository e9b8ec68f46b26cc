package dev.huiju.bff.errors;

/** Input the BFF itself refuses (a bad cursor, a page size out of range) before calling any service. */
public class BadUserInput extends RuntimeException {

	public BadUserInput(String message) {
		super(message);
	}

}
