package dev.huiju.bff.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link Caller} from a verified token's claims. */
public final class CallerFactory {

	private CallerFactory() {
	}

	/** The channel is the token's client; a token without a known client has no caller. */
	public static Caller from(Jwt jwt) {
		String clientId = jwt.getClaimAsString("client_id");
		var channel = ChannelClients.channelOf(clientId)
			.orElseThrow(() -> new IllegalArgumentException("token of an unknown client"));
		List<String> roles = jwt.getClaimAsStringList("roles");
		Set<String> roleSet = (roles != null) ? Set.copyOf(new LinkedHashSet<>(roles)) : Set.of();
		String terminal = jwt.getClaimAsString("terminal_id");
		String clearance = jwt.getClaimAsString("clearance");
		return new Caller(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("staff_no"), roleSet,
				(clearance != null) ? clearance : "PUBLIC", jwt.getClaimAsString("region"),
				jwt.getClaimAsString("region_level"), jwt.getClaimAsString("department"), channel, clientId,
				(terminal != null) ? terminal : "unknown");
	}

}
