package dev.huiju.eldercare.access;

import dev.huiju.access.ChannelClient;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.regions.Region;
import dev.huiju.service.support.security.Actor;

/**
 * A person who supervises elder care in a region: an elder-care operator or a civil-affairs account of a street,
 * a district or the city, on the portal or the app. Citizens, the mini-program and the dashboard read nothing of
 * people here; figures are read through {@link #figures}.
 */
public record Supervisor(String userId, Region region) {

	public static final String OPERATOR = "ELDERCARE_OPERATOR";

	public static final String CIVIL_AFFAIRS = "CIVIL_AFFAIRS";

	public static Supervisor of(Actor actor) {
		Actor person = actor.person().refuseChannels(ChannelClient.DASHBOARD, ChannelClient.MINI_PROGRAM);
		if (!person.hasRole(OPERATOR) && !person.hasRole(CIVIL_AFFAIRS)) {
			throw DomainException.denied("elder care is read by elder-care operators and civil-affairs accounts");
		}
		return new Supervisor(person.userId(), Region.of(person));
	}

	/** Figures without a person: machines with {@code statistics:read} and leaders the city, supervisors their region. */
	public static Region figures(Actor actor) {
		return actor.readsCityFigures() ? Region.CITY : of(actor).region();
	}

	public boolean at(Region.Level level) {
		return this.region.level() == level;
	}

}
