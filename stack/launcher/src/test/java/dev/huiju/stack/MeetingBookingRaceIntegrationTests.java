package dev.huiju.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people booking one room for overlapping times at once, through /graphql on the PostgreSQL stack:
 * exactly one meeting is stored, and every other caller is told which meeting is in the way.
 */
class MeetingBookingRaceIntegrationTests {

	private static final String BOOK = """
			mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {
			  meeting { id } errors { code message } } }
			""";

	private final TestStack stack = TestStack.postgres();

	private static String meetingId(DocumentContext answer) {
		Map<String, Object> meeting = answer.read("$.data.bookMeeting.meeting");
		return (meeting != null) ? (String) meeting.get("id") : null;
	}

	@Test
	void manySimultaneousBookingsOfOneSlotMakeExactlyOneMeeting() throws Exception {
		GraphQl gql = this.stack.graphQl();
		List<String> people = List.of("zhang.wei", "li.na", "wang.fang", "liu.yang", "zhao.lei", "sun.li");
		Map<String, String> tokens = new java.util.HashMap<>();
		people.forEach(p -> tokens.put(p, gql.token(p)));
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(120);
		// One booking first, elsewhere, so that the race measures the rule and not a fresh JVM's first calls.
		assertThat(meetingId(gql.run(tokens.get("zhang.wei"), BOOK, Map.of("input", MeetingsIntegrationTests.booking("4",
				day.plusDays(1), "09:00", "10:00", List.of(), List.of()))))).isNotNull();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<DocumentContext> answers = new ArrayList<>();
		try {
			List<Callable<DocumentContext>> tries = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String who = people.get(i % people.size());
				String from = (i % 2 == 0) ? "09:00" : "09:30";
				tries.add(() -> gql.run(tokens.get(who), BOOK, Map.of("input", MeetingsIntegrationTests.booking("4", day,
						from, "10:30", List.of(), List.of()))));
			}
			for (Future<DocumentContext> answer : pool.invokeAll(tries)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<String> booked = answers.stream().map(MeetingBookingRaceIntegrationTests::meetingId)
			.filter(java.util.Objects::nonNull).toList();
		assertThat(booked).hasSize(1);
		List<DocumentContext> losers = answers.stream().filter(a -> meetingId(a) == null).toList();
		assertThat(losers).hasSize(23);
		// A loser is told which meeting is in the way; on a machine too busy to answer in time, it may instead get
		// UNAVAILABLE, never anything untyped and never a second meeting.
		List<DocumentContext> named = losers.stream().filter(a -> a.read("$.data.bookMeeting") != null).toList();
		assertThat(named).allSatisfy(a -> {
			assertThat(a.read("$.data.bookMeeting.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
			assertThat(a.read("$.data.bookMeeting.errors[0].message", String.class)).contains("meeting " + booked.get(0));
		});
		assertThat(named).as("losers told the meeting in the way").hasSizeGreaterThanOrEqualTo(16);
		assertThat(losers.stream().filter(a -> a.read("$.data.bookMeeting") == null))
			.allSatisfy(a -> assertThat(a.read("$.errors[0].extensions.code", String.class)).isEqualTo("UNAVAILABLE"));
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
				Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM meetings_e2e.meeting WHERE room_id = 4"
						+ " AND status <> 'CANCELLED' AND starts_at::date = DATE '" + day + "'")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
	}

}
