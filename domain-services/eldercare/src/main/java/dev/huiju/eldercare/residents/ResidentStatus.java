package dev.huiju.eldercare.residents;

import java.util.Map;
import java.util.Set;

/** Where a resident stands; a death is reported first and verified after (rows 10–11). */
public enum ResidentStatus {

	ACTIVE, DECEASED_PENDING, DECEASED, MOVED_OUT;

	private static final Map<ResidentStatus, Set<ResidentStatus>> NEXT = Map.of(
			ACTIVE, Set.of(DECEASED_PENDING, MOVED_OUT),
			DECEASED_PENDING, Set.of(DECEASED, ACTIVE),
			MOVED_OUT, Set.of(ACTIVE),
			DECEASED, Set.of());

	public boolean mayBecome(ResidentStatus next) {
		return NEXT.get(this).contains(next);
	}

}
