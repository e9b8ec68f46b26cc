package dev.huiju.bigscreen.access;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;

/** Indicators are figures of the whole city: leaders read them, and machines whose token says statistics:read. */
public final class Readers {

	private Readers() {
	}

	public static void require(Actor actor) {
		if (!actor.readsCityFigures()) {
			throw DomainException.denied("the cockpit's indicators are for leaders");
		}
	}

}
