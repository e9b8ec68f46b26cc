package dev.huiju.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation of the schema, run by a caller who may not make it, is refused and leaves every domain
 * service's database as it was, row for row. The schema's mutation list is read from the running BFF, so a
 * mutation added without a refusal here fails the build. The cases use the demo data of the PostgreSQL stack
 * (documents/demo/DemoDocuments: 1 a PUBLIC draft of zhang.wei, 14 and 54 approved documents of liu.yang, 17 a
 * SECRET draft of wang.fang, 18 in review by li.na, 40 a CONFIDENTIAL incoming document for chen.jie, 47 issued
 * by staff.06; meetings/demo/DemoMeetings: 4 wang.fang's meeting tomorrow at 15:00 in room 2, with zhang.wei, li.na,
 * chen.jie and liu.yang invited), and each must be refused for its own reason, by its code.
 */
class RefusedMutationsIntegrationTests {

	/** Tomorrow in the business time zone, the day of demo meeting 4. */
	private static final java.time.LocalDate TOMORROW = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);

	/** Mutation, who tries it, and the operation: each one a finding of the security review or a plain overreach. */
	private static final List<Attempt> ATTEMPTS = List.of(
			new Attempt("updateMyContact", "admin.sys", "PERMISSION_DENIED", "an administrator is not a person of the directory",
					"mutation { updateMyContact(input: {phone: \"13800000000\"}) { errors { code } } }"),
			new Attempt("draftDocument", "zhang.wei", "PERMISSION_DENIED", "a draft above the drafter's clearance",
					"mutation { draftDocument(input: {kind: MEMO, title: \"越级\", classification: SECRET}) { errors { code } } }"),
			new Attempt("editDocument", "wang.fang", "PERMISSION_DENIED", "the drafter lowering a secret draft's classification",
					"mutation { editDocument(input: {id: \"17\", classification: PUBLIC}) { errors { code } } }"),
			new Attempt("editDocument", "zhang.wei", "PERMISSION_DENIED", "someone else's secret draft",
					"mutation { editDocument(input: {id: \"17\", title: \"改\"}) { errors { code } } }"),
			new Attempt("submitDocument", "zhang.wei", "BAD_USER_INPUT", "the drafter as the only sign-off of his own document",
					"mutation { submitDocument(input: {id: \"1\", steps: [{kind: SIGN_OFF, assigneeId: \"zhang.wei\"}]}) { errors { code } } }"),
			new Attempt("submitDocument", "zhang.wei", "BAD_USER_INPUT", "a step for a person who does not exist",
					"mutation { submitDocument(input: {id: \"1\", steps: [{kind: SIGN_OFF, assigneeId: \"nobody.x\"}]}) { errors { code } } }"),
			new Attempt("approveDocument", "liu.yang", "PERMISSION_DENIED", "no pending step of his",
					"mutation { approveDocument(input: {id: \"18\", opinion: \"越权\"}) { errors { code } } }"),
			new Attempt("rejectDocument", "liu.yang", "PERMISSION_DENIED", "no pending step of his",
					"mutation { rejectDocument(input: {id: \"18\", opinion: \"越权\"}) { errors { code } } }"),
			new Attempt("withdrawDocument", "liu.yang", "PERMISSION_DENIED", "not the drafter",
					"mutation { withdrawDocument(input: {id: \"18\"}) { errors { code } } }"),
			new Attempt("issueDocument", "liu.yang", "BAD_USER_INPUT", "a recipient who does not exist",
					"mutation { issueDocument(input: {id: \"14\", recipientIds: [\"nobody.x\"]}) { errors { code } } }"),
			new Attempt("issueDocument", "liu.yang", "BAD_USER_INPUT", "an internal document to a citizen",
					"mutation { issueDocument(input: {id: \"54\", recipientIds: [\"ma.xiaoli\"]}) { errors { code } } }"),
			new Attempt("registerIncomingDocument", "zhang.wei", "PERMISSION_DENIED", "above the registrar's clearance",
					"mutation { registerIncomingDocument(input: {title: \"来文\", docNo: \"上级〔2026〕1号\", sourceOrg: \"省厅\", classification: SECRET, recipientIds: [\"zhang.wei\"]}) { errors { code } } }"),
			new Attempt("markDocumentRead", "liu.yang", "PERMISSION_DENIED", "not a recipient",
					"mutation { markDocumentRead(input: {id: \"47\"}) { errors { code } } }"),
			new Attempt("archiveDocument", "liu.yang", "PERMISSION_DENIED", "not the drafter",
					"mutation { archiveDocument(input: {id: \"47\"}) { errors { code } } }"),
			new Attempt("convertIncomingDocument", "li.na", "PERMISSION_DENIED", "a confidential incoming document she may not read",
					"mutation { convertIncomingDocument(input: {id: \"40\"}) { errors { code } } }"),
			new Attempt("reclassifyDocument", "zhang.wei", "PERMISSION_DENIED", "not a leader",
					"mutation { reclassifyDocument(input: {id: \"17\", classification: PUBLIC, reason: \"降密\"}) { errors { code } } }"),
			new Attempt("delegateApproval", "li.na", "BAD_USER_INPUT", "a delegate who does not exist",
					"mutation { delegateApproval(input: {delegateId: \"nobody.x\", startsAt: \"2026-12-01T00:00:00Z\", endsAt: \"2026-12-31T00:00:00Z\"}) { errors { code } } }"),
			new Attempt("bookMeeting", "zhang.wei", "BAD_USER_INPUT", "a room already booked at that time",
					"mutation { bookMeeting(input: {roomId: \"2\", title: \"抢占\", startsAt: \"" + TOMORROW + "T07:30:00Z\", endsAt: \""
							+ TOMORROW + "T08:30:00Z\"}) { errors { code } } }"),
			new Attempt("bookMeeting", "zhang.wei", "BAD_USER_INPUT", "an attendee who does not exist",
					"mutation { bookMeeting(input: {roomId: \"3\", title: \"无此人\", startsAt: \"" + TOMORROW.plusDays(200)
							+ "T02:00:00Z\", endsAt: \"" + TOMORROW.plusDays(200) + "T03:00:00Z\", attendeeIds: [\"nobody.x\"]}) { errors { code } } }"),
			new Attempt("inviteToMeeting", "zhang.wei", "PERMISSION_DENIED", "not the organizer",
					"mutation { inviteToMeeting(input: {meetingId: \"4\", attendeeIds: [\"sun.li\"]}) { errors { code } } }"),
			new Attempt("replyToMeeting", "sun.li", "PERMISSION_DENIED", "not invited",
					"mutation { replyToMeeting(input: {meetingId: \"4\", reply: ACCEPTED}) { errors { code } } }"),
			new Attempt("cancelMeeting", "li.na", "PERMISSION_DENIED", "not the organizer",
					"mutation { cancelMeeting(input: {meetingId: \"4\"}) { errors { code } } }"),
			new Attempt("voteOnAgendaItem", "li.na", "BAD_USER_INPUT", "before the meeting starts",
					"mutation { voteOnAgendaItem(input: {meetingId: \"4\", itemId: \"1\", choice: FOR}) { errors { code } } }"),
			new Attempt("writeMinutes", "li.na", "BAD_USER_INPUT", "before the meeting starts",
					"mutation { writeMinutes(input: {meetingId: \"4\", body: \"纪要\"}) { errors { code } } }"),
			// Dining's demo: menu 150 waits for the street's review, reservation 1 and delivery order 1 are others'
			// (order 1 is 马国强's, for whom 马小丽 acts), 马国强 holds an approved subsidy, canteen 2 closes at 13:30.
			new Attempt("reserveMeal", "ma.xiaoli", "BAD_USER_INPUT", "a menu the street has not approved",
					"mutation { reserveMeal(input: {menuId: \"150\", dinerId: \"ma.guoqiang\"}) { errors { code } } }"),
			new Attempt("cancelReservation", "ma.xiaoli", "NOT_FOUND", "someone else's reservation",
					"mutation { cancelReservation(input: {reservationId: \"1\"}) { errors { code } } }"),
			new Attempt("rateCanteen", "ma.xiaoli", "BAD_USER_INPUT", "six stars",
					"mutation { rateCanteen(input: {canteenId: \"3\", dinerId: \"ma.guoqiang\", price: 5, environment: 5, service: 5, taste: 6}) { errors { code } } }"),
			new Attempt("setRatingVisibility", "zhang.wei", "PERMISSION_DENIED", "not a canteen operator",
					"mutation { setRatingVisibility(input: {ratingId: \"1\", visibility: HIDDEN}) { errors { code } } }"),
			new Attempt("applyForMealSubsidy", "ma.xiaoli", "BAD_USER_INPUT", "a diner who already holds a subsidy",
					"mutation { applyForMealSubsidy(input: {dinerId: \"ma.guoqiang\", reason: \"再次申请\"}) { errors { code } } }"),
			new Attempt("reviewMealSubsidy", "zhou.min", "PERMISSION_DENIED", "a district account, not the street's",
					"mutation { reviewMealSubsidy(input: {id: \"2\", approve: true}) { errors { code } } }"),
			new Attempt("publishMenu", "zhao.lei", "BAD_USER_INPUT", "a dinner at a canteen that closes at 13:30",
					"mutation { publishMenu(input: {canteenId: \"2\", day: \"" + TOMORROW.plusDays(10) + "\", meal: DINNER, priceFen: 1200, dishes: [{name: \"青菜\", priceFen: 300, kcal: 80, proteinG: 2}]}) { errors { code } } }"),
			new Attempt("reviewMenu", "wu.hao", "BAD_USER_INPUT", "a menu already approved",
					"mutation { reviewMenu(input: {id: \"1\", approve: false, opinion: \"重审\"}) { errors { code } } }"),
			new Attempt("startMealDelivery", "ma.xiaoli", "BAD_USER_INPUT", "less than 48 hours ahead",
					"mutation { startMealDelivery(input: {canteenId: \"3\", dinerId: \"ma.guoqiang\", meal: DINNER, startsOn: \"" + TOMORROW + "\"}) { errors { code } } }"),
			new Attempt("pauseMealDelivery", "ma.xiaoli", "BAD_USER_INPUT", "less than 48 hours ahead",
					"mutation { pauseMealDelivery(input: {orderId: \"1\", from: \"" + TOMORROW + "\"}) { errors { code } } }"),
			new Attempt("resumeMealDelivery", "ma.xiaoli", "BAD_USER_INPUT", "less than 48 hours ahead",
					"mutation { resumeMealDelivery(input: {orderId: \"1\", on: \"" + TOMORROW + "\"}) { errors { code } } }"),
			new Attempt("stopMealDelivery", "zhang.wei", "NOT_FOUND", "someone else's delivery order",
					"mutation { stopMealDelivery(input: {orderId: \"1\", from: \"" + TOMORROW.plusDays(10) + "\"}) { errors { code } } }"),
			new Attempt("recordCanteenLicence", "zhao.lei", "PERMISSION_DENIED", "an operator certifying their own canteen",
					"mutation { recordCanteenLicence(input: {canteenId: \"3\", status: \"VALID\", expires: \"2099-01-01\"}) { errors { code } } }"),
			// Elder care's demo: resident 1 lives in 滨江街道 (wu.hao's street), 2 in 市场街道, 3 in 山前街道.
			new Attempt("registerResident", "wu.hao", "PERMISSION_DENIED", "a street account registering in another street",
					"mutation { registerResident(input: {name: \"越界\", idNumber: \"110105194401010017\", birthDate: \"1944-01-01\", streetId: \"s-market\", phone: \"1\", address: \"x\", careLevel: 2}) { errors { code } } }"),
			new Attempt("changeResidentStatus", "wu.hao", "NOT_FOUND", "a resident of another street",
					"mutation { changeResidentStatus(input: {residentId: \"2\", status: MOVED_OUT, reason: \"迁出\", attachmentRef: \"x\"}) { errors { code } } }"),
			new Attempt("submitElderCareApplication", "wu.hao", "NOT_FOUND", "a resident of another street",
					"mutation { submitElderCareApplication(input: {residentId: \"2\", kind: OLD_AGE_ALLOWANCE}) { errors { code } } }"),
			new Attempt("decideElderCareApplication", "sun.li", "PERMISSION_DENIED", "a city account is neither tier",
					"mutation { decideElderCareApplication(input: {applicationId: \"1\", approve: true}) { errors { code } } }"),
			new Attempt("joinWaitingList", "wu.hao", "NOT_FOUND", "a resident of another street",
					"mutation { joinWaitingList(input: {institutionId: \"7\", residentId: \"3\"}) { errors { code } } }"),
			new Attempt("admitToInstitution", "zhang.wei", "PERMISSION_DENIED", "not a supervisor of elder care",
					"mutation { admitToInstitution(input: {institutionId: \"1\", residentId: \"4\"}) { errors { code } } }"),
			new Attempt("closeSupervisionAlert", "zhang.wei", "PERMISSION_DENIED", "not a supervisor of elder care",
					"mutation { closeSupervisionAlert(input: {alertId: \"1\"}) { errors { code } } }"),
			new Attempt("updateCanteen", "zhang.wei", "PERMISSION_DENIED", "not a canteen operator",
					"mutation { updateCanteen(input: {canteenId: \"3\", seats: 1}) { errors { code } } }"));

	private final TestStack stack = TestStack.postgres();

	private final GraphQl gql = this.stack.graphQl();

	@TestFactory
	Stream<DynamicTest> everyMutationRefusedChangesNothing() {
		DocumentContext schema = this.gql.run(this.gql.token("li.na"), "{ __schema { mutationType { fields { name } } } }");
		List<String> mutations = schema.read("$.data.__schema.mutationType.fields[*].name");
		assertThat(ATTEMPTS.stream().map(Attempt::mutation).distinct().sorted().toList()).as("a refusal for every mutation")
			.isEqualTo(mutations.stream().sorted().toList());
		return ATTEMPTS.stream().map(attempt -> DynamicTest.dynamicTest(attempt.mutation() + ": " + attempt.why(), () -> {
			Map<String, String> before = snapshot();
			DocumentContext answer = this.gql.run(this.gql.token(attempt.user()), attempt.operation());
			// Payload errors ({ errors { code } }) and top-level ones (extensions.code): nothing else here has a code.
			List<String> codes = answer.read("$..code");
			assertThat(codes).as("refused: " + answer.jsonString()).containsExactly(attempt.code());
			assertThat(snapshot()).as("every table of every domain service").isEqualTo(before);
		}));
	}

	/** Each table of each domain service's schema: its row count and a digest of all its rows. */
	private static Map<String, String> snapshot() throws SQLException {
		Map<String, String> tables = new TreeMap<>();
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
				Statement sql = db.createStatement()) {
			List<String> names = new ArrayList<>();
			for (DomainService service : DomainService.ALL.stream().filter(DomainService::keepsRecords).toList()) {
				try (ResultSet rows = sql.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables"
						+ " WHERE table_type = 'BASE TABLE' AND table_schema = '" + service.name() + "_e2e'")) {
					while (rows.next()) {
						names.add(rows.getString(1));
					}
				}
			}
			assertThat(names).as("tables of the domain services").isNotEmpty();
			for (String table : names) {
				try (ResultSet rows = sql.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
						+ table + " t")) {
					rows.next();
					tables.put(table, rows.getString(1));
				}
			}
		}
		return tables;
	}

	private record Attempt(String mutation, String user, String code, String why, String operation) {
	}

}
