package dev.huiju.bff.security;

import dev.huiju.access.TokenIdentity;
import dev.huiju.schema.generated.types.Channel;
import dev.huiju.schema.generated.types.Classification;

import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link Caller} from a verified token's claims, through the reading the domain services share. */
public final class CallerFactory {

	private CallerFactory() {
	}

	/** The channel is the token's client; a token without a channel client has no caller here. */
	public static Caller from(Jwt jwt) {
		TokenIdentity identity = TokenIdentity.from(jwt.getClaims());
		if (identity.isMachine()) {
			throw new IllegalArgumentException("token of an unknown client");
		}
		return new Caller(identity.subject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("staff_no"),
				identity.roles(), identity.scopes(), Classification.valueOf(identity.clearance().name()),
				identity.regionId(), identity.regionLevel(), identity.departmentId(),
				Channel.valueOf(identity.channel().name()), identity.clientId(), identity.terminalId());
	}

}
