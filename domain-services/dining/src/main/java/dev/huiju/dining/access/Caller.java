package dev.huiju.dining.access;

import dev.huiju.access.ChannelClient;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.regions.Region;
import dev.huiju.service.support.security.Actor;

/**
 * Who calls dining, decided once from the verified token. A civil-affairs account supervises the canteens,
 * subsidies and figures of its region; an operator runs the canteens named after them; a citizen eats at
 * community canteens, for themselves or a registered relative; other staff eat at staff canteens. The
 * dashboard reads figures only.
 */
public record Caller(String userId, Kind kind, Region region) {

	public enum Kind {
		CITIZEN, STAFF, OPERATOR, CIVIL_AFFAIRS
	}

	public static final String CITIZEN = "CITIZEN";

	public static final String OPERATOR = "CANTEEN_OPERATOR";

	public static final String CIVIL_AFFAIRS = "CIVIL_AFFAIRS";

	/** A person on a channel that shows dining's records; the dashboard sees figures only. */
	public static Caller of(Actor actor) {
		Actor person = actor.person().refuseChannels(ChannelClient.DASHBOARD);
		return classify(person);
	}

	/**
	 * Who may read figures, and of which region: a machine with {@code statistics:read} and leaders the whole
	 * city, a civil-affairs account its region; on any channel, the dashboard included.
	 */
	public static Region figures(Actor actor) {
		if (actor.readsCityFigures()) {
			return Region.CITY;
		}
		if (actor.hasRole(CIVIL_AFFAIRS)) {
			return Region.of(actor);
		}
		throw DomainException.denied("dining figures are for civil-affairs accounts and leaders");
	}

	private static Caller classify(Actor person) {
		String id = person.userId();
		if (person.hasRole(CIVIL_AFFAIRS)) {
			return new Caller(id, Kind.CIVIL_AFFAIRS, Region.of(person));
		}
		if (person.hasRole(OPERATOR)) {
			return new Caller(id, Kind.OPERATOR, null);
		}
		if (person.hasRole(CITIZEN)) {
			return new Caller(id, Kind.CITIZEN, null);
		}
		return new Caller(id, Kind.STAFF, null);
	}

	public boolean is(Kind wanted) {
		return this.kind == wanted;
	}

	public Caller require(Kind wanted, String what) {
		if (this.kind != wanted) {
			throw DomainException.denied(what);
		}
		return this;
	}

	/** A street account: the level that approves menus and reviews subsidies. */
	public Caller requireStreetAccount(String what) {
		if (this.kind != Kind.CIVIL_AFFAIRS || this.region.level() != Region.Level.STREET) {
			throw DomainException.denied(what + " is for the street's civil-affairs account");
		}
		return this;
	}

}
