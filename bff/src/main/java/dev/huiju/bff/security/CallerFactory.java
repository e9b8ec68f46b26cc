package dev.huiju.bff.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.huiju.schema.generated.types.Classification;

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
		String terminal = jwt.getClaimAsString("terminal_id");
		return new Caller(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("staff_no"),
				strings(jwt.getClaimAsStringList("roles")), scopes(jwt.getClaim("scope")), clearance(jwt),
				jwt.getClaimAsString("region"), jwt.getClaimAsString("region_level"),
				jwt.getClaimAsString("department"), channel, clientId, (terminal != null) ? terminal : "unknown");
	}

	private static Classification clearance(Jwt jwt) {
		String claim = jwt.getClaimAsString("clearance");
		try {
			return (claim != null) ? Classification.valueOf(claim) : Classification.PUBLIC;
		}
		catch (IllegalArgumentException ex) {
			return Classification.PUBLIC;
		}
	}

	private static Set<String> strings(List<String> values) {
		return (values != null) ? Set.copyOf(new LinkedHashSet<>(values)) : Set.of();
	}

	/** OAuth2 scopes arrive as a space-separated string or as a list, depending on the issuer. */
	private static Set<String> scopes(Object claim) {
		if (claim instanceof Collection<?> values) {
			return strings(values.stream().map(String::valueOf).toList());
		}
		if (claim instanceof String text && !text.isBlank()) {
			return strings(List.of(text.trim().split("\\s+")));
		}
		return Set.of();
	}

}
