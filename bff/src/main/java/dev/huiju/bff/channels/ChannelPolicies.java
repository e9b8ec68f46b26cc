package dev.huiju.bff.channels;

import java.util.EnumMap;
import java.util.Map;

import dev.huiju.schema.generated.types.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The policy of each channel, from {@code huiju.channels.policy.<CHANNEL>}; a channel left out gets the strict one. */
@ConfigurationProperties("huiju.channels")
public class ChannelPolicies {

	private final Map<Channel, ChannelPolicy> policies = new EnumMap<>(Channel.class);

	public ChannelPolicies(Map<Channel, ChannelPolicy> policy) {
		if (policy != null) {
			this.policies.putAll(policy);
		}
	}

	public ChannelPolicy of(Channel channel) {
		return this.policies.getOrDefault(channel, ChannelPolicy.STRICT);
	}

	public Map<Channel, ChannelPolicy> all() {
		Map<Channel, ChannelPolicy> all = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			all.put(channel, of(channel));
		}
		return all;
	}

}
