package dev.huiju.stack;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings through /graphql on the H2 stack with its demo data: a schedule of dozens of meetings costs a
 * constant number of calls per service, materials show only to who may read them, and refusals are typed.
 */
class MeetingsIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String SCHEDULE = """
			query($from: DateTime!, $to: DateTime!) { me { person { schedule(from: $from, to: $to) {
			  id title room { name } organizer { name } attendees { person { name } reply standsInFor { name } }
			  agenda { title materials { id title } } } } } }
			""";

	private static final String BOOK = """
			mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {
			  meeting { id agenda { materials { id } } } warnings { person { id } } errors { code message field } } }
			""";

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	@Test
	void aScheduleOfDozensOfMeetingsCostsTheSameFewCallsPerService() {
		String token = this.gql.token("li.na");
		LocalDate today = LocalDate.now(ZONE);
		Map<String, Integer> calls = callsFor(token, today.minusDays(21), today.plusDays(22), 30);
		assertThat(calls).containsEntry("meetings", 2).containsEntry("directory", 2).containsEntry("documents", 1);
		assertThat(callsFor(token, today.minusDays(2), today.plusDays(1), 1)).containsEntry("meetings", 2)
			.containsEntry("directory", 2);
	}

	/** Calls each service took for li.na's schedule over the window, which must hold at least {@code atLeast} meetings. */
	private Map<String, Integer> callsFor(String token, LocalDate from, LocalDate to, int atLeast) {
		Map<String, WireMockServer> proxies = Map.of("meetings", this.stack.proxy("meetings"), "directory",
				this.stack.proxy("directory"), "documents", this.stack.proxy("documents"));
		proxies.values().forEach(WireMockServer::resetRequests);
		DocumentContext answer = this.gql.run(token, SCHEDULE, Map.of("from", start(from).toString(), "to", start(to).toString()));
		assertThat(answer.read("$", Map.class)).doesNotContainKey("errors");
		List<String> titles = answer.read("$.data.me.person.schedule[*].title");
		assertThat(titles).hasSizeGreaterThanOrEqualTo(atLeast);
		assertThat(answer.read("$.data.me.person.schedule[*].organizer.name", List.class)).doesNotContainNull();
		assertThat(answer.read("$.data.me.person.schedule[*].room.name", List.class)).doesNotContainNull();
		if (atLeast >= 30) {
			assertThat(answer.read("$.data.me.person.schedule[*].agenda[*].materials[*].id", List.class)).isNotEmpty();
		}
		return Map.of("meetings", count(proxies.get("meetings")), "directory", count(proxies.get("directory")),
				"documents", count(proxies.get("documents")));
	}

	private static int count(WireMockServer proxy) {
		return proxy.findAll(getRequestedFor(urlPathMatching("/.*"))).size();
	}

	@Test
	void aMaterialShowsOnlyToThoseWhoMayReadItAndNobodyAttachesWhatTheyCannotRead() {
		String liNa = this.gql.token("li.na");
		String zhangWei = this.gql.token("zhang.wei");
		String secret = document(liNa, "SECRET");
		String open = document(liNa, "PUBLIC");
		LocalDate day = LocalDate.now(ZONE).plusDays(90);
		DocumentContext booked = this.gql.run(liNa, BOOK, Map.of("input", booking("5", day, "10:00", "11:00",
				List.of("zhang.wei"), List.of(secret, open))));
		assertThat(booked.read("$.data.bookMeeting.errors", List.class)).isEmpty();
		String id = booked.read("$.data.bookMeeting.meeting.id");
		assertThat(booked.read("$.data.bookMeeting.meeting.agenda[0].materials[*].id", List.class))
			.containsExactlyInAnyOrder(secret, open);

		String read = "query($id: ID!) { meeting(id: $id) { agenda { materials { id title } } } }";
		assertThat(this.gql.run(zhangWei, read, Map.of("id", id)).read("$.data.meeting.agenda[0].materials[*].id", List.class))
			.containsExactly(open);

		DocumentContext refused = this.gql.run(zhangWei, BOOK, Map.of("input", booking("5", day, "14:00", "15:00",
				List.of(), List.of(secret))));
		assertThat(refused.read("$.data.bookMeeting.meeting", Object.class)).isNull();
		assertThat(refused.read("$.data.bookMeeting.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(refused.read("$.data.bookMeeting.errors[0].message", String.class)).contains(secret);
		assertThat(freeRoomIds(zhangWei, day, "14:00", "15:00")).as("the refused booking took no room").contains("5");
	}

	@Test
	void badInputIsATypedErrorAndBooksNothing() {
		String token = this.gql.token("zhang.wei");
		LocalDate day = LocalDate.now(ZONE).plusDays(91);
		assertRefused(token, booking("6", day, "11:00", "10:00", List.of(), List.of()), "BAD_USER_INPUT", "endsAt");
		assertRefused(token, booking("9999", day, "10:00", "11:00", List.of(), List.of()), "BAD_USER_INPUT", "roomId");
		assertRefused(token, booking("abc", day, "10:00", "11:00", List.of(), List.of()), "BAD_USER_INPUT", "roomId");
		assertRefused(token, booking("6", day, "10:00", "11:00", List.of("nobody.at.all"), List.of()), "BAD_USER_INPUT",
				"attendeeIds");
		assertThat(freeRoomIds(token, day, "10:00", "11:00")).contains("6");
	}

	@Test
	void aSecondVoteAndAVoteBySomeoneNotInvitedAreRefused() {
		String liNa = this.gql.token("li.na");
		LocalDate today = LocalDate.now(ZONE);
		DocumentContext past = this.gql.run(liNa, """
				query($from: DateTime!, $to: DateTime!) { me { person { schedule(from: $from, to: $to) {
				  id status attendees { person { id } } agenda { id voting myVote tally { votesFor against abstain } } } } } }
				""", Map.of("from", start(today.minusDays(21)).toString(), "to", start(today).toString()));
		List<Map<String, Object>> voted = past.read("$.data.me.person.schedule[?(@.status == 'HELD')]");
		Map<String, Object> meeting = voted.stream()
			.filter(m -> ((List<?>) m.get("agenda")).stream().anyMatch(i -> ((Map<?, ?>) i).get("myVote") != null))
			.findFirst().orElseThrow();
		Map<?, ?> item = ((List<?>) meeting.get("agenda")).stream().map(i -> (Map<?, ?>) i)
			.filter(i -> i.get("myVote") != null).findFirst().orElseThrow();
		String vote = "mutation($m: ID!, $i: ID!) { voteOnAgendaItem(input: { meetingId: $m, itemId: $i, choice: AGAINST })"
				+ " { meeting { id } errors { code message } } }";
		DocumentContext again = this.gql.run(liNa, vote, Map.of("m", meeting.get("id"), "i", item.get("id")));
		assertThat(again.read("$.data.voteOnAgendaItem.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(again.read("$.data.voteOnAgendaItem.errors[0].message", String.class)).contains("already voted");

		List<String> invited = ((List<?>) meeting.get("attendees")).stream()
			.map(a -> (String) ((Map<?, ?>) ((Map<?, ?>) a).get("person")).get("id")).toList();
		String outsider = List.of("zhao.lei", "sun.li", "zhou.min", "wu.hao", "liu.yang", "wang.fang").stream()
			.filter(p -> !invited.contains(p)).findFirst().orElseThrow();
		DocumentContext stranger = this.gql.run(this.gql.token(outsider), vote,
				Map.of("m", meeting.get("id"), "i", item.get("id")));
		assertThat(stranger.read("$.data.voteOnAgendaItem.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");

		DocumentContext after = this.gql.run(liNa, "query($id: ID!) { meeting(id: $id) { agenda { id tally { votesFor against abstain } } } }",
				Map.of("id", meeting.get("id")));
		assertThat(after.read("$.data.meeting.agenda[?(@.id == '" + item.get("id") + "')].tally", List.class))
			.containsExactly(item.get("tally"));
	}

	@Test
	void theToDoListMergesDocumentsToDecideAndMeetingsToAnswerSoonestFirst() {
		DocumentContext answer = this.gql.run(this.gql.token("li.na"), """
				{ todo(first: 200) { unavailable items { id kind title dueAt urgency
				  ... on DocumentTodo { document { id status } }
				  ... on MeetingInvitationTodo { meeting { id myReply } } } } }
				""");
		assertThat(answer.read("$", Map.class)).doesNotContainKey("errors");
		assertThat(answer.read("$.data.todo.unavailable", List.class)).isEmpty();
		List<String> kinds = answer.read("$.data.todo.items[*].kind");
		assertThat(kinds).contains("DOCUMENT_APPROVAL", "MEETING_INVITATION");
		assertThat(answer.read("$.data.todo.items[?(@.kind == 'MEETING_INVITATION')].meeting.myReply", List.class))
			.containsOnly("PENDING");
		assertThat(answer.read("$.data.todo.items[?(@.kind == 'DOCUMENT_APPROVAL')].document.status", List.class))
			.containsOnly("IN_APPROVAL");
		List<String> due = answer.read("$.data.todo.items[*].dueAt");
		List<OffsetDateTime> times = due.stream().filter(java.util.Objects::nonNull).map(OffsetDateTime::parse).toList();
		assertThat(times).isSortedAccordingTo(java.util.Comparator.naturalOrder());
		assertThat(due.subList(times.size(), due.size())).as("items without a due time come last")
			.allSatisfy(time -> assertThat(time).isNull());
		// The documents list stays as it was.
		assertThat(this.gql.run(this.gql.token("li.na"), "{ myTodo(first: 5) { edges { node { id } } } }")
			.read("$.data.myTodo.edges", List.class)).isNotEmpty();
	}

	private void assertRefused(String token, Map<String, Object> input, String code, String field) {
		DocumentContext answer = this.gql.run(token, BOOK, Map.of("input", input));
		assertThat(answer.read("$.data.bookMeeting.meeting", Object.class)).as(answer.jsonString()).isNull();
		assertThat(answer.read("$.data.bookMeeting.errors[0].code", String.class)).isEqualTo(code);
		assertThat(answer.read("$.data.bookMeeting.errors[0].field", List.class)).containsExactly(field);
	}

	private List<String> freeRoomIds(String token, LocalDate day, String from, String to) {
		return this.gql.run(token, "query($f: DateTime!, $t: DateTime!) { freeRooms(from: $f, to: $t) { id } }",
				Map.of("f", at(day, from).toString(), "t", at(day, to).toString())).read("$.data.freeRooms[*].id");
	}

	private String document(String token, String classification) {
		List<String> ids = this.gql.run(token, "{ documents(first: 200) { edges { node { id classification status } } } }")
			.read("$.data.documents.edges[?(@.node.classification == '" + classification
					+ "' && @.node.status != 'DRAFT')].node.id");
		assertThat(ids).isNotEmpty();
		return ids.get(0);
	}

	static Map<String, Object> booking(String room, LocalDate day, String from, String to, List<String> attendees,
			List<String> materials) {
		return Map.of("roomId", room, "title", "端到端会议", "startsAt", at(day, from).toString(), "endsAt",
				at(day, to).toString(), "attendeeIds", attendees, "agenda",
				List.of(Map.of("title", "材料审阅", "materialIds", materials)));
	}

	static OffsetDateTime at(LocalDate day, String time) {
		return day.atTime(java.time.LocalTime.parse(time)).atZone(ZONE).toOffsetDateTime();
	}

	private static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(ZONE).toOffsetDateTime();
	}

}
