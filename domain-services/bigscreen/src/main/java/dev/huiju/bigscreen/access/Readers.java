package dev.huiju.bigscreen.access;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;

/** Indicators are figures of the whole city: leaders read them, and machines whose token says statistics:read. */
public final class Readers {

	public static final String STATISTICS = "statistics:read";

	public static final String LEADER = "LEADER";

	private Readers() {
	}

	public static void require(Actor actor) {
		if (actor.identity().isMachine()) {
			actor.requireScope(STATISTICS);
		}
		else if (!actor.hasRole(LEADER)) {
			throw DomainException.denied("the cockpit's indicators are for leaders");
		}
	}

}
