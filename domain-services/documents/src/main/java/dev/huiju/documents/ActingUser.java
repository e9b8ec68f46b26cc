package dev.huiju.documents;

/**
 * The header through which the BFF names the authenticated person a change is made for. The service sits
 * behind the BFF on the internal network and takes the BFF's word for it.
 */
public final class ActingUser {

	public static final String HEADER = "X-Acting-User";

	private ActingUser() {
	}

}
