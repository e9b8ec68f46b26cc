package dev.huiju.bff.security;

import java.util.Map;
import java.util.Optional;

import dev.huiju.schema.generated.types.Channel;

/** The four channel clients and the channel each one is. A token of any other client is not accepted. */
final class ChannelClients {

	private static final Map<String, Channel> CHANNELS = Map.of("web-portal", Channel.WEB_PORTAL, "mobile-app",
			Channel.MOBILE_APP, "mini-program", Channel.MINI_PROGRAM, "dashboard", Channel.DASHBOARD);

	private ChannelClients() {
	}

	static Optional<Channel> channelOf(String clientId) {
		return Optional.ofNullable((clientId != null) ? CHANNELS.get(clientId) : null);
	}

}
