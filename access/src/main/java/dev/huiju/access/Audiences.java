package dev.huiju.access;

/** The audience every access token meant for huiju names, and the claims huiju reads from tokens. */
public final class Audiences {

	/**
	 * The resource audience of the BFF and the domain services. The BFF relays the caller's token to the
	 * services (docs/decisions/0003), so they share one audience; a token the identity provider issued for
	 * any other resource is refused by all of them.
	 */
	public static final String HUIJU = "huiju";

	private Audiences() {
	}

}
