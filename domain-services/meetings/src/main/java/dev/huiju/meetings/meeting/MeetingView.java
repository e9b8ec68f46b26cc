package dev.huiju.meetings.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as a reader sees it. What only its participants and leaders may see (minutes, tallies, votes)
 * is absent for others: {@code proceedingsWithheld} says so.
 */
public record MeetingView(long id, long roomId, String organizerId, String title, OffsetDateTime startsAt,
		OffsetDateTime endsAt, MeetingStatus status, List<Attendee> attendees, List<AgendaItem> agenda, Minutes minutes,
		boolean proceedingsWithheld) {

	/**
	 * @param standsInFor the attendee who sent this person in their place, if any
	 * @param notifiedAt when the notice was sent
	 */
	public record Attendee(String personId, Reply reply, String standsInFor, OffsetDateTime notifiedAt,
			OffsetDateTime repliedAt) {
	}

	/**
	 * @param materialIds documents of the documents service; the BFF shows each only to those who may read it
	 * @param tally the count per choice; absent when withheld or the item is not voted on
	 * @param votes who voted what: for the organizer and leaders only
	 * @param myVote the reader's own vote
	 */
	public record AgendaItem(long id, int position, String title, boolean voting, List<Long> materialIds, Tally tally,
			List<Vote> votes, VoteChoice myVote) {
	}

	public record Tally(int votesFor, int against, int abstain) {
	}

	public record Vote(String voterId, VoteChoice choice, OffsetDateTime castAt) {
	}

	public record Minutes(String body, String authorId, OffsetDateTime writtenAt) {
	}

}
