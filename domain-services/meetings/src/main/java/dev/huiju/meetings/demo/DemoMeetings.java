package dev.huiju.meetings.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.meetings.meeting.Reply;
import dev.huiju.meetings.meeting.VoteChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Seeds an empty database with rooms in three buildings and meetings over the three weeks before and after
 * today (cancelled, held with votes and minutes, upcoming with replies and delegates), among the people of
 * the directory's demo organisation. Materials are ids of the documents service's demo documents. Written
 * straight to the tables: past meetings could not be booked through the rules.
 */
@Component
@Profile("demo")
class DemoMeetings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	private static final List<String> STAFF = List.of("zhang.wei", "liu.yang", "li.na", "wang.fang", "chen.jie",
			"zhao.lei", "sun.li", "zhou.min", "wu.hao", "staff.01", "staff.02", "staff.03", "staff.04", "staff.05",
			"staff.06", "staff.07", "staff.08", "staff.09", "staff.10", "staff.11", "staff.12");

	private static final List<DemoRoom> ROOMS = List.of(
			new DemoRoom("综合楼 201", "综合楼", 2, 12, "08:00", "18:00", "PROJECTOR,WHITEBOARD"),
			new DemoRoom("综合楼 301", "综合楼", 3, 30, "08:00", "18:00", "PROJECTOR,MICROPHONES,VIDEO_CONFERENCE"),
			new DemoRoom("综合楼 302", "综合楼", 3, 8, "08:00", "18:00", "WHITEBOARD"),
			new DemoRoom("综合楼 501 大会议室", "综合楼", 5, 120, "08:30", "21:00",
					"PROJECTOR,MICROPHONES,RECORDING,VIDEO_CONFERENCE,INTERPRETATION"),
			new DemoRoom("行政楼A 101", "行政楼A座", 1, 6, "08:00", "18:00", "WHITEBOARD"),
			new DemoRoom("行政楼A 203", "行政楼A座", 2, 20, "08:00", "18:00", "PROJECTOR,VIDEO_CONFERENCE"),
			new DemoRoom("行政楼A 305", "行政楼A座", 3, 16, "08:00", "18:00", "PROJECTOR,WHITEBOARD"),
			new DemoRoom("行政楼A 601 常委会议室", "行政楼A座", 6, 40, "08:00", "21:00", "MICROPHONES,RECORDING,VIDEO_CONFERENCE"),
			new DemoRoom("东区政务中心 1F 洽谈室", "东区政务中心", 1, 4, "08:30", "17:30", ""),
			new DemoRoom("东区政务中心 2F 会议室", "东区政务中心", 2, 24, "08:30", "17:30", "PROJECTOR"),
			new DemoRoom("东区政务中心 3F 视频会议室", "东区政务中心", 3, 18, "08:30", "17:30", "VIDEO_CONFERENCE,MICROPHONES"),
			new DemoRoom("东区政务中心 3F 培训室", "东区政务中心", 3, 60, "08:30", "17:30", "PROJECTOR,MICROPHONES"));

	private static final List<String> TOPICS = List.of("周例会", "预算执行情况通报", "安全生产专题会", "防汛工作调度会",
			"长者食堂运营协调会", "信息化项目评审会", "养老服务补贴审议", "节假日值班部署", "公文处理培训", "政务公开推进会",
			"干部培训动员会", "办公用房调整协调会", "党组会议", "主任办公会");

	private static final List<String> ITEMS = List.of("情况通报", "方案审议", "经费安排", "责任分工", "下一步工作",
			"意见征求");

	/** The documents service's demo documents are numbered from 1. */
	private static final int DEMO_DOCUMENTS = 220;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final BusinessCalendar calendar;

	private final int count;

	DemoMeetings(DatabaseClient db, TransactionalOperator transaction, BusinessCalendar calendar,
			@Value("${huiju.demo.meetings:300}") int count) {
		this.db = db;
		this.transaction = transaction;
		this.calendar = calendar;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long rooms = this.db.sql("SELECT COUNT(*) AS n FROM room").map((row, meta) -> ((Number) row.get("n")).longValue())
			.one().block();
		if (rooms != null && rooms > 0) {
			log.info("meetings already present; demo data not seeded");
			return;
		}
		Plan plan = new Plan(this.calendar, new Random(20261202L));
		plan.fixed();
		plan.random(this.count);
		plan.restartIdentities();
		Flux.fromIterable(plan.statements).concatMap(Statement::run).then().as(this.transaction::transactional).block();
		log.info("seeded {} demo rooms and {} demo meetings", ROOMS.size(), plan.meetings);
	}

	/** The rows to write, decided first so that no two meetings of a room overlap. */
	private final class Plan {

		private final BusinessCalendar calendar;

		private final Random random;

		private final List<Statement> statements = new ArrayList<>();

		private final List<long[]> booked = new ArrayList<>();

		private final List<long[]> closed = new ArrayList<>();

		private int meetings;

		private long itemIds;

		Plan(BusinessCalendar calendar, Random random) {
			this.calendar = calendar;
			this.random = random;
			for (int i = 0; i < ROOMS.size(); i++) {
				DemoRoom room = ROOMS.get(i);
				long id = i + 1;
				this.statements.add(new Statement("INSERT INTO room (id, name, building, floor, capacity, opens_at, closes_at)"
						+ " VALUES (:id, :name, :building, :floor, :capacity, :opens, :closes)", List.of(id, room.name,
								room.building, room.floor, room.capacity, LocalTime.parse(room.opens), LocalTime.parse(room.closes)),
						List.of("id", "name", "building", "floor", "capacity", "opens", "closes")));
				for (String equipment : room.equipment.isEmpty() ? new String[0] : room.equipment.split(",")) {
					this.statements.add(new Statement("INSERT INTO room_equipment (room_id, equipment) VALUES (:room, :equipment)",
							List.of(id, equipment), List.of("room", "equipment")));
				}
			}
			LocalDate today = calendar.today();
			closure(7, at(today.minusDays(3), "08:00"), at(today.plusDays(10), "18:00"), "装修改造");
			closure(2, at(today.plusDays(4), "08:00"), at(today.plusDays(5), "08:00"), "设备检修");
		}

		/** Today's meetings of the people the demos log in as, and an invitation waiting for each of them. */
		void fixed() {
			LocalDate today = this.calendar.today();
			meeting(1, "zhang.wei", "科室周例会", at(today, "09:00"), 60, List.of("liu.yang", "staff.01", "staff.02", "li.na"), false);
			meeting(6, "li.na", "公文处理规范培训", at(today, "14:00"), 90, List.of("zhang.wei", "staff.01", "staff.05"), false);
			meeting(8, "chen.jie", "主任办公会", at(today, "10:00"), 120, List.of("li.na", "wang.fang", "zhang.wei"), false);
			meeting(2, "wang.fang", "预算执行情况通报", at(today.plusDays(1), "15:00"), 60,
					List.of("zhang.wei", "li.na", "chen.jie", "liu.yang"), true);
		}

		void random(int total) {
			int tries = 0;
			while (this.meetings < total && tries++ < total * 20) {
				LocalDate day = this.calendar.today().plusDays(this.random.nextInt(43) - 21);
				if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					continue;
				}
				int room = 1 + this.random.nextInt(ROOMS.size());
				DemoRoom demoRoom = ROOMS.get(room - 1);
				int minutes = 30 * (1 + this.random.nextInt(4));
				LocalTime opens = LocalTime.parse(demoRoom.opens);
				int slots = (int) ((LocalTime.parse(demoRoom.closes).toSecondOfDay() - opens.toSecondOfDay()) / 1800) - minutes / 30;
				OffsetDateTime start = this.calendar.startOf(day).plusSeconds(opens.toSecondOfDay())
					.plusMinutes(30L * this.random.nextInt(slots + 1));
				String organizer = STAFF.get(this.random.nextInt(STAFF.size()));
				Set<String> attendees = new LinkedHashSet<>();
				int wanted = 2 + this.random.nextInt(Math.min(demoRoom.capacity - 1, 8) - 1);
				while (attendees.size() < wanted) {
					String person = STAFF.get(this.random.nextInt(STAFF.size()));
					if (!person.equals(organizer)) {
						attendees.add(person);
					}
				}
				String title = TOPICS.get(this.random.nextInt(TOPICS.size()));
				meeting(room, organizer, title, start, minutes, List.copyOf(attendees), false);
			}
		}

		private void meeting(int room, String organizer, String title, OffsetDateTime start, int minutes,
				List<String> attendees, boolean allPending) {
			OffsetDateTime end = start.plusMinutes(minutes);
			for (long[] b : this.booked) {
				if (b[0] == room && b[1] < end.toEpochSecond() && b[2] > start.toEpochSecond()) {
					return;
				}
			}
			for (long[] c : this.closed) {
				if (c[0] == room && c[1] < end.toEpochSecond() && c[2] > start.toEpochSecond()) {
					return;
				}
			}
			this.meetings++;
			long id = this.meetings;
			boolean past = end.isBefore(OffsetDateTime.now(this.calendar.clock()));
			boolean cancelled = !allPending && this.random.nextInt(20) == 0;
			if (!cancelled) {
				this.booked.add(new long[] { room, start.toEpochSecond(), end.toEpochSecond() });
			}
			OffsetDateTime created = start.minusDays(2 + this.random.nextInt(5));
			this.statements.add(new Statement("INSERT INTO meeting (id, room_id, organizer_id, title, starts_at, ends_at,"
					+ " status, created_at, cancelled_at) VALUES (:id, :room, :organizer, :title, :start, :end, :status,"
					+ " :created, :cancelled)", listOf(id, (long) room, organizer, title, start, end,
							cancelled ? "CANCELLED" : "BOOKED", created, cancelled ? created.plusHours(3) : null),
					List.of("id", "room", "organizer", "title", "start", "end", "status", "created", "cancelled")));
			attendee(id, organizer, Reply.ACCEPTED, null, created);
			List<String> voters = new ArrayList<>(List.of(organizer));
			for (String person : attendees) {
				Reply reply = allPending ? Reply.PENDING : reply(past);
				if (reply == Reply.DELEGATED) {
					String delegate = STAFF.get(this.random.nextInt(STAFF.size()));
					if (delegate.equals(organizer) || attendees.contains(delegate)) {
						reply = Reply.ACCEPTED;
					}
					else {
						attendee(id, delegate, past ? Reply.ACCEPTED : Reply.PENDING, person, created.plusHours(1));
						if (past) {
							voters.add(delegate);
						}
					}
				}
				attendee(id, person, reply, null, created);
				if (reply.attends()) {
					voters.add(person);
				}
			}
			int items = this.random.nextInt(4);
			for (int position = 1; position <= items; position++) {
				long itemId = ++this.itemIds;
				boolean voting = this.random.nextInt(5) < 2;
				this.statements.add(new Statement("INSERT INTO agenda_item (id, meeting_id, position, title, voting)"
						+ " VALUES (:id, :meeting, :position, :title, :voting)",
						List.of(itemId, id, position, ITEMS.get(this.random.nextInt(ITEMS.size())), voting),
						List.of("id", "meeting", "position", "title", "voting")));
				Set<Long> materials = new LinkedHashSet<>();
				for (int m = this.random.nextInt(3); m > 0; m--) {
					materials.add(1L + this.random.nextInt(DEMO_DOCUMENTS));
				}
				for (long document : materials) {
					this.statements.add(new Statement("INSERT INTO agenda_material (agenda_item_id, document_id) VALUES (:item, :doc)",
							List.of(itemId, document), List.of("item", "doc")));
				}
				if (voting && past && !cancelled) {
					for (String voter : voters) {
						VoteChoice choice = VoteChoice.values()[this.random.nextInt(10) < 7 ? 0 : 1 + this.random.nextInt(2)];
						this.statements.add(new Statement("INSERT INTO vote (agenda_item_id, voter_id, choice, cast_at)"
								+ " VALUES (:item, :voter, :choice, :at)", List.of(itemId, voter, choice.name(), start.plusMinutes(20)),
								List.of("item", "voter", "choice", "at")));
					}
				}
			}
			if (past && !cancelled && this.random.nextInt(5) < 3) {
				this.statements.add(new Statement("INSERT INTO minutes (meeting_id, body, author_id, written_at)"
						+ " VALUES (:meeting, :body, :author, :at)", List.of(id, "会议纪要：" + title + "。会议听取了情况汇报，"
								+ "研究了下一步工作，明确了责任分工和完成时限。", organizer, end.plusHours(2)),
						List.of("meeting", "body", "author", "at")));
			}
		}

		/** Rows were written with explicit ids: what the service books next is numbered after them. */
		void restartIdentities() {
			restart("room", ROOMS.size());
			restart("meeting", this.meetings);
			restart("agenda_item", this.itemIds);
		}

		private void restart(String table, long last) {
			this.statements.add(new Statement("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (last + 1),
					List.of(), List.of()));
		}

		private Reply reply(boolean past) {
			int roll = this.random.nextInt(20);
			if (past) {
				return (roll < 18) ? Reply.ACCEPTED : Reply.DECLINED;
			}
			return (roll < 9) ? Reply.PENDING : (roll < 16) ? Reply.ACCEPTED : (roll < 19) ? Reply.DECLINED : Reply.DELEGATED;
		}

		private void attendee(long meeting, String person, Reply reply, String standsInFor, OffsetDateTime notified) {
			this.statements.add(new Statement("INSERT INTO attendee (meeting_id, person_id, reply, stands_in_for,"
					+ " notified_at, replied_at) VALUES (:meeting, :person, :reply, :standsInFor, :notified, :replied)",
					listOf(meeting, person, reply.name(), standsInFor, notified,
							(reply == Reply.PENDING) ? null : notified.plusHours(1 + this.random.nextInt(20))),
					List.of("meeting", "person", "reply", "standsInFor", "notified", "replied")));
		}

		private void closure(long room, OffsetDateTime from, OffsetDateTime to, String reason) {
			this.closed.add(new long[] { room, from.toEpochSecond(), to.toEpochSecond() });
			this.statements.add(new Statement("INSERT INTO room_closure (room_id, starts_at, ends_at, reason)"
					+ " VALUES (:room, :from, :to, :reason)", List.of(room, from, to, reason),
					List.of("room", "from", "to", "reason")));
		}

		private OffsetDateTime at(LocalDate day, String time) {
			return this.calendar.startOf(day).plusSeconds(LocalTime.parse(time).toSecondOfDay());
		}

	}

	/** A list that, unlike {@code List.of}, holds nulls: the columns left empty. */
	private static List<Object> listOf(Object... values) {
		return java.util.Arrays.asList(values);
	}

	private final class Statement {

		private final String sql;

		private final List<Object> values;

		private final List<String> names;

		Statement(String sql, List<Object> values, List<String> names) {
			this.sql = sql;
			this.values = values;
			this.names = names;
		}

		Mono<Void> run() {
			DatabaseClient.GenericExecuteSpec spec = DemoMeetings.this.db.sql(this.sql);
			for (int i = 0; i < this.names.size(); i++) {
				Object value = this.values.get(i);
				spec = (value != null) ? spec.bind(this.names.get(i), value) : spec.bindNull(this.names.get(i), type(this.names.get(i)));
			}
			return spec.then();
		}

		private Class<?> type(String name) {
			return switch (name) {
				case "cancelled", "replied" -> OffsetDateTime.class;
				default -> String.class;
			};
		}

	}

	private record DemoRoom(String name, String building, int floor, int capacity, String opens, String closes,
			String equipment) {
	}

}
