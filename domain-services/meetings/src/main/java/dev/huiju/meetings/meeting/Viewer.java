package dev.huiju.meetings.meeting;

import dev.huiju.access.ChannelClient;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;

/**
 * Who reads meetings, from the verified token. Row rules live here, where the rows are, so a caller who
 * reaches the service directly sees no more than through the BFF.
 */
public record Viewer(String userId, boolean leader) {

	public static final String LEADER = "LEADER";

	public static final String CITIZEN = "CITIZEN";

	/** A person of the staff on a channel that shows meetings: not a citizen, not on the dashboard. */
	public static Viewer of(Actor actor) {
		Actor person = staff(actor).refuseChannels(ChannelClient.DASHBOARD);
		return new Viewer(person.userId(), person.hasRole(LEADER));
	}

	/** Meetings and rooms are the staff's: a citizen's token reads nothing here, on any channel. */
	public static Actor staff(Actor actor) {
		Actor person = actor.person().refuseChannels(ChannelClient.MINI_PROGRAM);
		if (person.hasRole(CITIZEN)) {
			throw DomainException.denied("meetings are the staff's");
		}
		return person;
	}

	/** Minutes and tallies: the meeting's own people and leaders. */
	boolean seesProceedings(String organizerId, boolean invited) {
		return this.leader || invited || this.userId.equals(organizerId);
	}

	/** Who voted what: the organizer, who runs the vote, and leaders. */
	boolean seesBallots(String organizerId) {
		return this.leader || this.userId.equals(organizerId);
	}

}
