package dev.huiju.clients;

import java.util.Optional;

import reactor.util.context.ContextView;

/**
 * On whose behalf the BFF calls a domain service: the caller's own access token, relayed as it came
 * (docs/decisions/0003). Put into the Reactor context of a call, it goes with the call as its bearer token;
 * the service verifies it and applies its row rules to the person and channel the token names.
 *
 * @param accessToken the caller's verified access token
 */
public record Requester(String accessToken) {

	static Optional<Requester> from(ContextView context) {
		return context.getOrEmpty(Requester.class);
	}

	/** Never the token itself: records print their fields, and logs must not hold bearer tokens. */
	@Override
	public String toString() {
		return "Requester[token]";
	}

}
