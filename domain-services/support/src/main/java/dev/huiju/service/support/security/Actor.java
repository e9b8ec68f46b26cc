package dev.huiju.service.support.security;

import dev.huiju.access.ChannelClient;
import dev.huiju.access.Clearance;
import dev.huiju.access.TokenIdentity;
import dev.huiju.service.support.DomainException;

/**
 * Who calls a service endpoint, from the verified access token the BFF relays: a person on a channel, or a
 * machine with its scopes. A controller method gets one by declaring a parameter of this type. The token is
 * kept to relay when the service asks another on the actor's behalf.
 */
public record Actor(TokenIdentity identity, String token) {

	/** For work a service does on its own account (demo data): no token, nothing to relay. */
	public static Actor seeding(TokenIdentity identity) {
		return new Actor(identity, null);
	}

	/** The person's login name; a machine, having no person's rights, is refused. */
	public String userId() {
		return person().identity.subject();
	}

	/** The person behind the call; a machine is refused. */
	public Actor person() {
		if (this.identity.isMachine()) {
			throw DomainException.denied("this needs a person's token, not a machine's");
		}
		return this;
	}

	/** The highest classification this actor may read here: their clearance capped by the channel. */
	public Clearance clearance() {
		return this.identity.effectiveClearance();
	}

	public String regionId() {
		return this.identity.regionId();
	}

	/** The channel of a person's token; {@code null} for a machine. */
	public ChannelClient channel() {
		return this.identity.channel();
	}

	public boolean hasRole(String role) {
		return this.identity.hasRole(role);
	}

	/** The scope of a machine that reads figures (the big screen's); never a person's. */
	public static final String STATISTICS = "statistics:read";

	/** The role that reads every figure of the city. */
	public static final String LEADER = "LEADER";

	/**
	 * Whether the caller reads figures of the whole city: a leader, or a machine with {@link #STATISTICS} (a machine
	 * without it is refused here). Anyone else is for the service's own rule to decide.
	 */
	public boolean readsCityFigures() {
		if (this.identity.isMachine()) {
			requireScope(STATISTICS);
			return true;
		}
		return hasRole(LEADER);
	}

	/** Refuses a token that was not granted {@code scope}. */
	public Actor requireScope(String scope) {
		if (!this.identity.hasScope(scope)) {
			throw DomainException.denied("the token lacks the scope " + scope);
		}
		return this;
	}

	/** Never the token: records print their fields, and logs must not hold bearer tokens. */
	@Override
	public String toString() {
		return "Actor[" + this.identity.subject() + " via " + this.identity.clientId() + "]";
	}

	/** Refuses a person's token issued to one of these channels. */
	public Actor refuseChannels(ChannelClient... channels) {
		for (ChannelClient refused : channels) {
			if (refused == this.identity.channel()) {
				throw DomainException.denied("not available on the " + refused.clientId() + " channel");
			}
		}
		return this;
	}

}
