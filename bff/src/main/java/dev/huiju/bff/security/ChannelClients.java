package dev.huiju.bff.security;

import java.util.Optional;

import dev.huiju.access.ChannelClient;
import dev.huiju.schema.generated.types.Channel;

/** The channel of each channel client, as the schema names it. A token of any other client is not accepted. */
final class ChannelClients {

	private ChannelClients() {
	}

	static Optional<Channel> channelOf(String clientId) {
		return ChannelClient.ofClientId(clientId).map(client -> Channel.valueOf(client.name()));
	}

}
