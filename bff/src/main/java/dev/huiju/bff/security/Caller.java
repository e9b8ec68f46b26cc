package dev.huiju.bff.security;

import java.util.List;
import java.util.Set;

import dev.huiju.access.Clearance;
import dev.huiju.schema.generated.types.Channel;
import dev.huiju.schema.generated.types.Classification;

/**
 * The authenticated caller, built once per request from the token and handed to every data fetcher and
 * loader. The channel comes from the token's OAuth2 client, never from a header. {@code clearance} is what
 * the caller may read on this channel: the token's clearance, capped by the channel's policy.
 */
public record Caller(String userId, String name, String staffNo, Set<String> roles, Set<String> scopes,
		Classification clearance, String regionId, String regionLevel, String departmentId, Channel channel,
		String clientId, String terminalId) {

	public List<String> sortedRoles() {
		return this.roles.stream().sorted().toList();
	}

	/** The same caller, reading no higher than {@code ceiling}. */
	public Caller withClearanceAtMost(Classification ceiling) {
		if (ceiling == null || Clearance.valueOf(ceiling.name()).covers(Clearance.valueOf(this.clearance.name()))) {
			return this;
		}
		return new Caller(this.userId, this.name, this.staffNo, this.roles, this.scopes, ceiling, this.regionId,
				this.regionLevel, this.departmentId, this.channel, this.clientId, this.terminalId);
	}

}
