package dev.huiju.access;

import java.util.regex.Pattern;

/**
 * A terminal id names the device a token was obtained on and is printed on screens in watermarks, so it is a
 * short token of letters, digits, {@code -} and {@code _}, never free text: the authorization server issues
 * no other, and the BFF and the services refuse a token that carries another.
 */
public final class TerminalIds {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private TerminalIds() {
	}

	public static boolean isValid(String value) {
		return value != null && VALID.matcher(value).matches();
	}

	/** Absent is allowed (the terminal is then unknown); present must be valid. */
	public static boolean isAcceptableClaim(Object claim) {
		return claim == null || (claim instanceof String value && isValid(value));
	}

}
