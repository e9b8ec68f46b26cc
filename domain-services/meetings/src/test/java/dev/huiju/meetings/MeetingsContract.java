package dev.huiju.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.huiju.mocks.MockServer;
import dev.huiju.service.support.ThreadDumpOnTimeout;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings over HTTP, on either database; subclasses choose it. Each test books in rooms of its own, a week
 * or more ahead, so tests never meet one another's meetings. The clients wait up to 30 s for an answer: the first
 * requests of a freshly started context on a busy 2-core machine can take longer than the default 5 s.
 */
@ExtendWith(ThreadDumpOnTimeout.class)
abstract class MeetingsContract {

	static final String AUTHORIZATION = "Authorization";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The directory's and the documents service's recorded answers (kept honest by the drift test). */
	private static final WireMockServer DIRECTORY = MockServer.start("directory", 0);

	private static final WireMockServer DOCUMENTS = MockServer.start("documents", 0);

	@DynamicPropertySource
	static void peers(DynamicPropertyRegistry registry) {
		registry.add("huiju.services.directory.base-url", () -> "http://localhost:" + DIRECTORY.port());
		registry.add("huiju.services.documents.base-url", () -> "http://localhost:" + DOCUMENTS.port());
	}

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	private static int days = 7;

	/** A day of its own for each booking test, a week or more ahead. */
	static synchronized LocalDate day() {
		return LocalDate.now(ZONE).plusDays(days++);
	}

	static OffsetDateTime at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(ZONE).toOffsetDateTime();
	}

	long room(int capacity, String... equipment) {
		String name = "测试会议室-" + System.nanoTime();
		this.db.sql("INSERT INTO room (name, building, floor, capacity, opens_at, closes_at)"
				+ " VALUES (:name, '测试楼', 1, :capacity, :opens, :closes)")
			.bind("name", name).bind("capacity", capacity).bind("opens", LocalTime.of(8, 0)).bind("closes", LocalTime.of(18, 0))
			.then().block();
		long id = this.db.sql("SELECT id FROM room WHERE name = :name").bind("name", name)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		for (String e : equipment) {
			this.db.sql("INSERT INTO room_equipment (room_id, equipment) VALUES (:room, :e)").bind("room", id).bind("e", e)
				.then().block();
		}
		return id;
	}

	long count(String sql) {
		return this.db.sql(sql).map((row, meta) -> ((Number) row.get(0)).longValue()).one().block();
	}

	WebTestClient.ResponseSpec book(String organizer, long room, OffsetDateTime start, OffsetDateTime end,
			List<String> attendees) {
		return book(organizer, Map.of("roomId", room, "title", "测试会议", "startsAt", start.toString(), "endsAt",
				end.toString(), "attendeeIds", attendees));
	}

	WebTestClient.ResponseSpec book(String organizer, Map<String, ?> body) {
		return this.http.post().uri("/meetings").header(AUTHORIZATION, ServiceTokens.bearer(organizer)).bodyValue(body)
			.exchange();
	}

	long bookedId(String organizer, long room, OffsetDateTime start, OffsetDateTime end, List<String> attendees) {
		Map<?, ?> booked = book(organizer, room, start, end, attendees).expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) ((Map<?, ?>) booked.get("meeting")).get("id")).longValue();
	}

	@Test
	void aBookingInvitesItsAttendeesAndShowsInTheirSchedulesAndInvitations() {
		long room = room(10, "PROJECTOR");
		LocalDate day = day();
		Map<String, Object> body = Map.of("roomId", room, "title", "预算协调会", "startsAt", at(day, "10:00").toString(),
				"endsAt", at(day, "11:00").toString(), "attendeeIds", List.of("li.na", "staff.01"), "agenda",
				List.of(Map.of("title", "预算执行情况", "materialIds", List.of(1, 2), "voting", true),
						Map.of("title", "下一步工作", "voting", false)));
		book("zhang.wei", body).expectStatus().isCreated().expectBody()
			.jsonPath("$.meeting.organizerId").isEqualTo("zhang.wei")
			.jsonPath("$.meeting.status").isEqualTo("BOOKED")
			.jsonPath("$.meeting.attendees.length()").isEqualTo(3)
			.jsonPath("$.meeting.attendees[?(@.personId == 'zhang.wei')].reply").isEqualTo("ACCEPTED")
			.jsonPath("$.meeting.attendees[?(@.personId == 'li.na')].reply").isEqualTo("PENDING")
			.jsonPath("$.meeting.agenda[0].materialIds").isEqualTo(List.of(1, 2))
			.jsonPath("$.meeting.agenda[0].voting").isEqualTo(true)
			.jsonPath("$.meeting.agenda[1].position").isEqualTo(2)
			.jsonPath("$.warnings").isEmpty();
		this.http.get().uri(u -> u.path("/meetings/schedule").queryParam("personIds", "li.na,staff.02")
				.queryParam("from", at(day, "00:00").toInstant().toString()).queryParam("to", at(day.plusDays(1), "00:00").toInstant().toString()).build())
			.header(AUTHORIZATION, ServiceTokens.bearer("li.na")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].personId").isEqualTo("li.na")
			.jsonPath("$[0].meeting.title").isEqualTo("预算协调会");
		this.http.get().uri("/meetings/invitations?personId=li.na&limit=1000")
			.header(AUTHORIZATION, ServiceTokens.bearer("li.na")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$[?(@.title == '预算协调会')]").exists();
		this.http.get().uri("/meetings/invitations?personId=li.na")
			.header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void aRoomIsNeverBookedTwiceAndTheRefusalNamesTheMeetingInTheWay() {
		long room = room(10);
		LocalDate day = day();
		long first = bookedId("zhang.wei", room, at(day, "09:00"), at(day, "10:00"), List.of());
		long before = count("SELECT COUNT(*) FROM meeting");
		book("li.na", room, at(day, "09:30"), at(day, "10:30"), List.of()).expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.message").value(m -> assertThat((String) m).contains("meeting " + first));
		assertThat(count("SELECT COUNT(*) FROM meeting")).isEqualTo(before);
		// Back to back is not a collision.
		bookedId("li.na", room, at(day, "10:00"), at(day, "11:00"), List.of());
	}

	@Test
	void manySimultaneousBookingsOfOneSlotMakeOneMeeting() throws Exception {
		long room = room(10);
		LocalDate day = day();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Callable<Integer>> tries = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String start = (i % 2 == 0) ? "14:00" : "14:30";
				tries.add(() -> book("zhang.wei", room, at(day, start), at(day, "15:30"), List.of())
					.returnResult(String.class).getStatus().value());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(tries)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnly(201, 409);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM meeting WHERE room_id = " + room)).isEqualTo(1);
	}

	@Test
	void bookingsAgainstTheRoomsRulesAreRefusedAndStoreNothing() {
		long room = room(3);
		LocalDate day = day();
		this.db.sql("INSERT INTO room_closure (room_id, starts_at, ends_at, reason) VALUES (:room, :from, :to, '检修')")
			.bind("room", room).bind("from", at(day, "13:00")).bind("to", at(day, "15:00")).then().block();
		long before = count("SELECT COUNT(*) FROM meeting");
		long attendeesBefore = count("SELECT COUNT(*) FROM attendee");
		OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
		refused(book("zhang.wei", room, yesterday, yesterday.plusHours(1), List.of()), 400, "startsAt", "past");
		refused(book("zhang.wei", room, at(day, "07:00"), at(day, "08:30"), List.of()), 400, "startsAt", "08:00");
		refused(book("zhang.wei", room, at(day, "17:00"), at(day.plusDays(1), "09:00"), List.of()), 400, "startsAt", "one day");
		refused(book("zhang.wei", room, at(day, "14:00"), at(day, "14:30"), List.of()), 400, "startsAt", "检修");
		refused(book("zhang.wei", room, at(day, "09:00"), at(day, "10:00"), List.of("li.na", "staff.01", "staff.02")), 400,
				"attendeeIds", "seats 3");
		refused(book("zhang.wei", room, at(day, "10:00"), at(day, "09:00"), List.of()), 400, "endsAt", "after it starts");
		refused(book("zhang.wei", 987654, at(day, "09:00"), at(day, "10:00"), List.of()), 400, "roomId", "987654");
		refused(book("zhang.wei", room, at(day, "09:00"), at(day, "10:00"), List.of("nobody.here")), 400, "attendeeIds",
				"nobody.here");
		refused(book("zhang.wei", Map.of("roomId", room, "title", " ", "startsAt", at(day, "09:00").toString(), "endsAt",
				at(day, "10:00").toString())), 400, "title", "title");
		this.http.post().uri("/meetings").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei"))
			.header("Content-Type", "application/json").bodyValue("{\"roomId\": \"not a number\"}").exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("BAD_USER_INPUT");
		assertThat(count("SELECT COUNT(*) FROM meeting")).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM attendee")).isEqualTo(attendeesBefore);
	}

	private static void refused(WebTestClient.ResponseSpec response, int status, String field, String says) {
		response.expectStatus().isEqualTo(status).expectBody()
			.jsonPath("$.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.field").isEqualTo(field)
			.jsonPath("$.message").value(m -> assertThat((String) m).contains(says));
	}

	@Test
	void invitingSomeoneAlreadyBusyWarnsAndBooksAllTheSame() {
		LocalDate day = day();
		long busy = bookedId("wang.fang", room(10), at(day, "09:00"), at(day, "10:30"), List.of("li.na"));
		book("zhang.wei", room(10), at(day, "10:00"), at(day, "11:00"), List.of("li.na", "staff.03"))
			.expectStatus().isCreated().expectBody()
			.jsonPath("$.warnings.length()").isEqualTo(1)
			.jsonPath("$.warnings[0].personId").isEqualTo("li.na")
			.jsonPath("$.warnings[0].meetingId").isEqualTo(busy);
	}

	@Test
	void freeRoomsHaveTheSeatsAndEquipmentAndNoBookingOrClosureInTheWindow() {
		LocalDate day = day();
		long small = room(4, "PROJECTOR");
		long booked = room(20, "PROJECTOR", "VIDEO_CONFERENCE");
		long fits = room(20, "PROJECTOR", "VIDEO_CONFERENCE", "WHITEBOARD");
		long noVideo = room(20, "PROJECTOR");
		bookedId("zhang.wei", booked, at(day, "10:30"), at(day, "11:30"), List.of());
		List<Integer> free = this.http.get().uri(u -> u.path("/rooms/free").queryParam("from", at(day, "10:00").toInstant().toString())
				.queryParam("to", at(day, "11:00").toInstant().toString()).queryParam("seats", 10)
				.queryParam("equipment", "PROJECTOR,VIDEO_CONFERENCE").build())
			.header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody().stream()
			.map(r -> ((Number) ((Map<?, ?>) r).get("id")).intValue()).toList();
		assertThat(free).contains((int) fits).doesNotContain((int) small, (int) booked, (int) noVideo);
		this.http.get().uri(u -> u.path("/rooms/free").queryParam("from", at(day, "11:00").toInstant().toString())
				.queryParam("to", at(day, "10:00").toInstant().toString()).build())
			.header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("to");
	}

	@Test
	void anInviteeAcceptsDeclinesOrSendsSomeoneInTheirPlaceOnce() {
		LocalDate day = day();
		long meeting = bookedId("zhang.wei", room(10), at(day, "09:00"), at(day, "10:00"), List.of("li.na", "staff.01"));
		reply("li.na", meeting, Map.of("reply", "DELEGATED", "delegateId", "staff.02")).expectStatus().isOk().expectBody()
			.jsonPath("$.attendees[?(@.personId == 'li.na')].reply").isEqualTo("DELEGATED")
			.jsonPath("$.attendees[?(@.personId == 'staff.02')].reply").isEqualTo("PENDING")
			.jsonPath("$.attendees[?(@.personId == 'staff.02')].standsInFor").isEqualTo("li.na");
		reply("li.na", meeting, Map.of("reply", "ACCEPTED")).expectStatus().isEqualTo(409);
		reply("staff.01", meeting, Map.of("reply", "DELEGATED", "delegateId", "staff.02")).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.field").isEqualTo("delegateId");
		reply("staff.01", meeting, Map.of("reply", "DECLINED")).expectStatus().isOk();
		reply("wang.fang", meeting, Map.of("reply", "ACCEPTED")).expectStatus().isForbidden();
		reply("staff.02", meeting, Map.of("reply", "PENDING")).expectStatus().isBadRequest();
		assertThat(count("SELECT COUNT(*) FROM attendee WHERE meeting_id = " + meeting)).isEqualTo(4);
	}

	WebTestClient.ResponseSpec reply(String who, long meeting, Map<String, ?> body) {
		return this.http.post().uri("/meetings/" + meeting + "/reply").header(AUTHORIZATION, ServiceTokens.bearer(who))
			.bodyValue(body).exchange();
	}

	@Test
	void aCancelledMeetingFreesItsRoomAndOnlyItsOrganizerCancels() {
		LocalDate day = day();
		long room = room(10);
		long meeting = bookedId("zhang.wei", room, at(day, "09:00"), at(day, "10:00"), List.of("li.na"));
		this.http.post().uri("/meetings/" + meeting + "/cancel").header(AUTHORIZATION, ServiceTokens.bearer("li.na"))
			.exchange().expectStatus().isForbidden();
		this.http.post().uri("/meetings/" + meeting + "/cancel").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei"))
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
		bookedId("li.na", room, at(day, "09:00"), at(day, "10:00"), List.of());
	}

	/** A meeting that started an hour ago, written straight to the tables: no booking goes into the past. */
	long startedMeeting(String organizer, List<String> attendees) {
		long room = room(10);
		OffsetDateTime start = OffsetDateTime.now().minusHours(1);
		String title = "进行中-" + System.nanoTime();
		this.db.sql("INSERT INTO meeting (room_id, organizer_id, title, starts_at, ends_at, status, created_at)"
				+ " VALUES (:room, :organizer, :title, :start, :end, 'BOOKED', :start)")
			.bind("room", room).bind("organizer", organizer).bind("title", title).bind("start", start)
			.bind("end", start.plusHours(2)).then().block();
		long id = this.db.sql("SELECT id FROM meeting WHERE title = :title").bind("title", title)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
		List<String> everyone = new ArrayList<>(attendees);
		everyone.add(organizer);
		for (String person : everyone) {
			this.db.sql("INSERT INTO attendee (meeting_id, person_id, reply, notified_at) VALUES (:m, :p, 'ACCEPTED', :at)")
				.bind("m", id).bind("p", person).bind("at", start.minusDays(1)).then().block();
		}
		this.db.sql("INSERT INTO agenda_item (meeting_id, position, title, voting) VALUES (:m, 1, '表决事项', TRUE)")
			.bind("m", id).then().block();
		return id;
	}

	long itemOf(long meeting) {
		return this.db.sql("SELECT id FROM agenda_item WHERE meeting_id = :m").bind("m", meeting)
			.map((row, meta) -> row.get("id", Long.class)).one().block();
	}

	@Test
	void attendeesVoteOnceEachAndTheTallyCountsThem() {
		long meeting = startedMeeting("zhang.wei", List.of("li.na", "staff.01"));
		long item = itemOf(meeting);
		vote("li.na", meeting, item, "FOR").expectStatus().isOk().expectBody()
			.jsonPath("$.agenda[0].tally.votesFor").isEqualTo(1)
			.jsonPath("$.agenda[0].myVote").isEqualTo("FOR")
			.jsonPath("$.agenda[0].votes").isEmpty();
		vote("li.na", meeting, item, "AGAINST").expectStatus().isEqualTo(409).expectBody()
			.jsonPath("$.message").value(m -> assertThat((String) m).contains("already voted"));
		vote("wang.fang", meeting, item, "AGAINST").expectStatus().isForbidden();
		vote("staff.01", meeting, item, "BOGUS").expectStatus().isBadRequest();
		vote("staff.01", meeting, 999_999, "FOR").expectStatus().isNotFound();
		vote("zhang.wei", meeting, item, "ABSTAIN").expectStatus().isOk().expectBody()
			.jsonPath("$.agenda[0].tally.abstain").isEqualTo(1)
			.jsonPath("$.agenda[0].votes.length()").isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM vote WHERE agenda_item_id = " + item)).isEqualTo(2);
	}

	WebTestClient.ResponseSpec vote(String who, long meeting, long item, String choice) {
		return this.http.post().uri("/meetings/" + meeting + "/agenda/" + item + "/votes")
			.header(AUTHORIZATION, ServiceTokens.bearer(who)).bodyValue(Map.of("choice", choice)).exchange();
	}

	@Test
	void theOrganizerWritesMinutesThatOnlyTheMeetingsPeopleAndLeadersRead() {
		long meeting = startedMeeting("zhang.wei", List.of("li.na"));
		minutes("li.na", meeting, "纪要").expectStatus().isForbidden();
		minutes("zhang.wei", meeting, " ").expectStatus().isBadRequest();
		minutes("zhang.wei", meeting, "第一稿").expectStatus().isOk();
		minutes("zhang.wei", meeting, "会议纪要定稿").expectStatus().isOk().expectBody()
			.jsonPath("$.minutes.body").isEqualTo("会议纪要定稿");
		this.http.get().uri("/meetings/" + meeting).header(AUTHORIZATION, ServiceTokens.bearer("li.na")).exchange()
			.expectBody().jsonPath("$.minutes.body").isEqualTo("会议纪要定稿");
		this.http.get().uri("/meetings/" + meeting).header(AUTHORIZATION, ServiceTokens.bearer("wang.fang")).exchange()
			.expectBody().jsonPath("$.minutes").doesNotExist().jsonPath("$.proceedingsWithheld").isEqualTo(true);
		this.http.get().uri("/meetings/" + meeting)
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "web-portal", "SECRET", List.of("LEADER")))
			.exchange().expectBody().jsonPath("$.minutes.body").isEqualTo("会议纪要定稿");
		assertThat(count("SELECT COUNT(*) FROM minutes WHERE meeting_id = " + meeting)).isEqualTo(1);
	}

	WebTestClient.ResponseSpec minutes(String who, long meeting, String body) {
		return this.http.put().uri("/meetings/" + meeting + "/minutes").header(AUTHORIZATION, ServiceTokens.bearer(who))
			.bodyValue(Map.of("body", body)).exchange();
	}

	@Test
	void utilisationCountsBookedMinutesPerRoomAndBuildingAlsoForTheBigScreensMachine() {
		LocalDate day = day();
		long room = room(10);
		bookedId("zhang.wei", room, at(day, "09:00"), at(day, "10:30"), List.of());
		long cancelled = bookedId("zhang.wei", room, at(day, "14:00"), at(day, "15:00"), List.of());
		this.http.post().uri("/meetings/" + cancelled + "/cancel").header(AUTHORIZATION, ServiceTokens.bearer("zhang.wei"))
			.exchange().expectStatus().isOk();
		this.http.get().uri("/rooms/utilisation?from=" + day + "&to=" + day)
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read")).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.rooms[?(@.roomId == " + room + ")].bookedMinutes").isEqualTo(90)
			.jsonPath("$.rooms[?(@.roomId == " + room + ")].bookableMinutes").isEqualTo(600)
			.jsonPath("$.rooms[?(@.roomId == " + room + ")].ratio").isEqualTo(0.15)
			.jsonPath("$.buildings[?(@.building == '测试楼')]").exists();
		this.http.get().uri("/rooms/utilisation?from=" + day + "&to=" + day)
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.machine("reporter", "documents:read")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/meetings/schedule?personIds=li.na&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.machine("bigscreen", "statistics:read")).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void citizensAndTheDashboardSeeNoMeetingAndNoTokenIsA401() {
		this.http.get().uri("/meetings?ids=1").exchange().expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
		this.http.get().uri("/meetings?ids=1")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("ma.xiaoli", "mini-program", "PUBLIC")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/meetings?ids=1")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("chen.jie", "dashboard", "SECRET")).exchange()
			.expectStatus().isForbidden();
		this.http.get().uri("/rooms")
			.header(AUTHORIZATION, "Bearer " + ServiceTokens.of("ma.xiaoli", "web-portal", "PUBLIC", List.of("CITIZEN")))
			.exchange().expectStatus().isForbidden();
	}

}
