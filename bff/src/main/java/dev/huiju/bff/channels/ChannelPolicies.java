package dev.huiju.bff.channels;

import java.util.EnumMap;
import java.util.Map;

import dev.huiju.access.ChannelClient;
import dev.huiju.schema.generated.types.Channel;
import dev.huiju.schema.generated.types.Classification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy of each channel, from {@code huiju.channels.policy.<CHANNEL>}; a channel left out gets the strict one.
 * The clearance cap is not configured here: it is the channel's, in {@link ChannelClient}.
 */
@ConfigurationProperties("huiju.channels")
public class ChannelPolicies {

	private final Map<Channel, ChannelPolicy> policies = new EnumMap<>(Channel.class);

	public ChannelPolicies(Map<Channel, ChannelPolicy> policy) {
		if (policy != null) {
			policy.forEach((channel, configured) -> {
				Classification cap = cap(channel);
				if (configured.maxClassification() != null && configured.maxClassification() != cap) {
					throw new IllegalStateException("huiju.channels.policy." + channel + ".max-classification is "
							+ configured.maxClassification() + " but the channel's clearance cap is " + cap
							+ " (dev.huiju.access.ChannelClient, shared with the domain services)");
				}
				this.policies.put(channel, configured.withMaxClassification(cap));
			});
		}
	}

	public ChannelPolicy of(Channel channel) {
		return this.policies.getOrDefault(channel, ChannelPolicy.STRICT.withMaxClassification(cap(channel)));
	}

	/** The one clearance cap of a channel, which the domain services apply to relayed tokens too. */
	private static Classification cap(Channel channel) {
		return Classification.valueOf(ChannelClient.valueOf(channel.name()).clearanceCap().name());
	}

	public Map<Channel, ChannelPolicy> all() {
		Map<Channel, ChannelPolicy> all = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			all.put(channel, of(channel));
		}
		return all;
	}

}
