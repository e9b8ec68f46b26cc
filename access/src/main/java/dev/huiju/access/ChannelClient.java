package dev.huiju.access;

import java.util.Optional;

/**
 * The four front ends, each an OAuth2 client of its own: the channel of a request is the client its token was
 * issued to, never a header. Each channel has a clearance cap, the highest classification it ever shows
 * whoever signs in on it.
 */
public enum ChannelClient {

	WEB_PORTAL("web-portal", Clearance.CONFIDENTIAL),

	MOBILE_APP("mobile-app", Clearance.SECRET),

	MINI_PROGRAM("mini-program", Clearance.PUBLIC),

	DASHBOARD("dashboard", Clearance.INTERNAL);

	private final String clientId;

	private final Clearance cap;

	ChannelClient(String clientId, Clearance cap) {
		this.clientId = clientId;
		this.cap = cap;
	}

	public String clientId() {
		return this.clientId;
	}

	public Clearance clearanceCap() {
		return this.cap;
	}

	public static Optional<ChannelClient> ofClientId(String clientId) {
		for (ChannelClient channel : values()) {
			if (channel.clientId.equals(clientId)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

}
