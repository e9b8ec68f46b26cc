package dev.huiju.bff.meetings;

import dev.huiju.bff.errors.BadUserInput;

/** Meeting, room and agenda item ids are positive numbers; anything else is refused before a call is made. */
final class MeetingIds {

	private MeetingIds() {
	}

	static long parse(String raw, String field) {
		if (raw != null && raw.length() <= 18 && raw.chars().allMatch(Character::isDigit) && !raw.isEmpty()) {
			long id = Long.parseLong(raw);
			if (id > 0) {
				return id;
			}
		}
		throw new BadUserInput(field + " must be a positive number");
	}

}
