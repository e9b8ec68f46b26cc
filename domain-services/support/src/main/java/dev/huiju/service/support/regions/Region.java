package dev.huiju.service.support.regions;

import dev.huiju.service.support.security.Actor;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The part of the city a civil-affairs account answers for: a street, a district or the whole city. It is
 * applied in SQL, as a condition on the street or district column of the row's own table, so a row outside
 * the region is never read, counted or changed.
 */
public record Region(Level level, String id) {

	public enum Level {
		CITY, DISTRICT, STREET
	}

	public static final Region CITY = new Region(Level.CITY, "city");

	/** From the token's claims; an unknown or missing level (or a district without its id) is the narrowest, a street. */
	public static Region of(String level, String id) {
		if ("CITY".equalsIgnoreCase(level)) {
			return CITY;
		}
		if ("DISTRICT".equalsIgnoreCase(level) && id != null) {
			return new Region(Level.DISTRICT, id);
		}
		return new Region(Level.STREET, (id != null) ? id : "");
	}

	/** The region of a person's token. */
	public static Region of(Actor actor) {
		return of(actor.identity().regionLevel(), actor.regionId());
	}

	/** {@code AND <alias>.street_id = :region}, or the district's, or nothing for the city. */
	public String condition(String alias) {
		return switch (this.level) {
			case CITY -> "";
			case DISTRICT -> " AND " + alias + ".district_id = :region";
			case STREET -> " AND " + alias + ".street_id = :region";
		};
	}

	public GenericExecuteSpec bind(GenericExecuteSpec spec) {
		return (this.level == Level.CITY) ? spec : spec.bind("region", this.id);
	}

	public boolean contains(String districtId, String streetId) {
		return switch (this.level) {
			case CITY -> true;
			case DISTRICT -> this.id.equals(districtId);
			case STREET -> this.id.equals(streetId);
		};
	}

}
