package dev.huiju.bff.security;

import java.util.List;
import java.util.Set;

import dev.huiju.schema.generated.types.Channel;

/**
 * The authenticated caller, built once per request from the token and handed to every data fetcher and
 * loader. The channel comes from the token's OAuth2 client, never from a header.
 */
public record Caller(String userId, String name, String staffNo, Set<String> roles, String clearance,
		String regionId, String regionLevel, String departmentId, Channel channel, String clientId,
		String terminalId) {

	public List<String> sortedRoles() {
		return this.roles.stream().sorted().toList();
	}

}
