package dev.huiju.bff.channels;

import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.Channel;

/** The channel policies in force, for the system administrator's screen. */
@DgsComponent
class ChannelPoliciesDataFetcher {

	private final ChannelPolicies policies;

	ChannelPoliciesDataFetcher(ChannelPolicies policies) {
		this.policies = policies;
	}

	@DgsQuery(field = DgsConstants.QUERY.ChannelPolicies)
	List<ChannelPolicyView> channelPolicies() {
		return this.policies.all()
			.entrySet()
			.stream()
			.map(entry -> ChannelPolicyView.of(entry.getKey(), entry.getValue()))
			.toList();
	}

	/** The {@code ChannelPolicy} type. */
	record ChannelPolicyView(Channel channel, int maxDepth, int maxCost, int maxPageSize, int maxRootFields,
			boolean safelistOnly, String maxClassification) {

		static ChannelPolicyView of(Channel channel, ChannelPolicy policy) {
			return new ChannelPolicyView(channel, policy.maxDepth(), policy.maxCost(), policy.maxPageSize(),
					policy.maxRootFields(), policy.safelistOnly(), policy.maxClassification().name());
		}

	}

}
