package dev.huiju.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a verified access token speaks for, read from its claims the same way in the BFF and in every domain
 * service. A token of a channel client speaks for a person on that channel; a token of any other client
 * (client credentials) speaks for that machine alone, with its scopes and no person's rights.
 *
 * @param subject the person's login name, or the machine client's id
 * @param clientId the OAuth2 client the token was issued to
 * @param channel the channel of that client; {@code null} for a machine
 * @param roles the person's roles; none for a machine
 * @param scopes the granted OAuth2 scopes
 * @param clearance the person's own clearance; {@link Clearance#PUBLIC} when absent or unknown
 * @param regionId the person's region
 * @param regionLevel city, district or street
 * @param departmentId the person's department; absent for citizens
 * @param terminalId the device the token was obtained on
 */
public record TokenIdentity(String subject, String clientId, ChannelClient channel, Set<String> roles,
		Set<String> scopes, Clearance clearance, String regionId, String regionLevel, String departmentId,
		String terminalId) {

	public static TokenIdentity from(Map<String, Object> claims) {
		String clientId = string(claims.get("client_id"));
		ChannelClient channel = ChannelClient.ofClientId(clientId).orElse(null);
		Set<String> roles = (channel != null) ? strings(claims.get("roles")) : Set.of();
		Clearance clearance = (channel != null) ? Clearance.parse(string(claims.get("clearance"))).orElse(Clearance.PUBLIC)
				: Clearance.PUBLIC;
		String terminal = string(claims.get("terminal_id"));
		return new TokenIdentity(string(claims.get("sub")), clientId, channel, roles, strings(claims.get("scope")),
				clearance, string(claims.get("region")), string(claims.get("region_level")),
				string(claims.get("department")), (terminal != null) ? terminal : "unknown");
	}

	/** A client-credentials token: no person behind it. */
	public boolean isMachine() {
		return this.channel == null;
	}

	/** What the bearer may read here: their clearance capped by the channel's; a machine reads only public data. */
	public Clearance effectiveClearance() {
		return isMachine() ? Clearance.PUBLIC : this.clearance.atMost(this.channel.clearanceCap());
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean hasScope(String scope) {
		return this.scopes.contains(scope);
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** Roles come as a list; OAuth2 scopes as a space-separated string or a list, depending on the issuer. */
	private static Set<String> strings(Object claim) {
		if (claim instanceof Collection<?> values) {
			return Set.copyOf(new LinkedHashSet<>(values.stream().map(String::valueOf).toList()));
		}
		if (claim instanceof String text && !text.isBlank()) {
			return Set.copyOf(new LinkedHashSet<>(List.of(text.trim().split("\\s+"))));
		}
		return Set.of();
	}

}
