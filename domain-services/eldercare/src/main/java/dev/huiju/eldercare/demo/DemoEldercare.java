package dev.huiju.eldercare.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.eldercare.idnumbers.IdNumbers;
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
 * Seeds an empty database: residents of the three demo streets (ID numbers sealed like any other, resident 1 of
 * 滨江街道, 2 of 市场街道, 3 of 山前街道), a dozen institutions with admissions and waiting lists, applications in
 * every state with their decisions, and red and yellow lights, some closed. Written straight to the tables.
 */
@Component
@Profile("demo")
class DemoEldercare implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEldercare.class);

	private static final String[][] STREETS = { { "d-east", "s-riverside" }, { "d-east", "s-market" }, { "d-west", "s-hill" } };

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"胡", "朱", "高", "林");

	/** Residents 1 to 37 are also the dining demo's diners (马国强 and r-0001 to r-0036). */
	private static final int LINKED_DINERS = 37;

	/** The name the dining demo gives the diner who is this resident ({@code DemoDining.linkedName}). */
	static String linkedName(long resident) {
		// the first twelve of each list, which the dining demo's lists are
		return resident == 1 ? "马国强" : SURNAMES.get((int) (resident * 5 % 12)) + GIVEN.get((int) (resident * 7 % 12));
	}

	private static final List<String> GIVEN = List.of("秀英", "桂兰", "建国", "国华", "玉兰", "德胜", "淑珍", "文华", "志强",
			"凤英", "永福", "金花", "春生", "美华", "玉珍", "宝山");

	private static final List<String> KINDS = List.of("OLD_AGE_ALLOWANCE", "MEAL_SUBSIDY", "FAMILY_CARE_BED");

	private static final List<String> RULES = List.of("消防通道堵塞", "护理人员配比不足", "食品留样缺失", "夜间巡查记录缺失",
			"入住老人健康档案不全", "收费未公示");

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final BusinessCalendar calendar;

	private final IdNumbers idNumbers;

	private final int residents;

	DemoEldercare(DatabaseClient db, TransactionalOperator transaction, BusinessCalendar calendar, IdNumbers idNumbers,
			@Value("${huiju.demo.residents:2400}") int residents) {
		this.db = db;
		this.transaction = transaction;
		this.calendar = calendar;
		this.idNumbers = idNumbers;
		this.residents = residents;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long present = this.db.sql("SELECT COUNT(*) AS n FROM resident").map((row, meta) -> ((Number) row.get("n")).longValue())
			.one().block();
		if (present != null && present > 0) {
			log.info("residents already present; demo data not seeded");
			return;
		}
		Random random = new Random(20261202L);
		List<Mono<Void>> writes = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(this.calendar.clock());
		LocalDate today = this.calendar.today();
		List<String> values = new ArrayList<>();
		Map<String, Object> binds = new LinkedHashMap<>();
		for (int i = 1; i <= this.residents; i++) {
			String[] street = STREETS[(i - 1) % STREETS.length];
			LocalDate birth = LocalDate.of(1930 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
			String first17 = (street[0].equals("d-east") ? "110101" : "110102") + birth.toString().replace("-", "")
					+ String.format("%03d", i % 1000);
			IdNumbers.Sealed sealed = this.idNumbers.seal(first17 + IdNumbers.checkDigit(first17));
			String status = (i % 50 == 0) ? "MOVED_OUT" : (i % 97 == 0) ? "DECEASED_PENDING" : "ACTIVE";
			values.add("(" + i + ", :n" + i + ", :s" + i + ", :k" + i + ", :x" + i + ", :b" + i + ", '" + street[0] + "', '"
					+ street[1] + "', :p" + i + ", :a" + i + ", " + (1 + random.nextInt(5)) + ", '" + status + "', :now)");
			String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
			binds.put("n" + i, i <= LINKED_DINERS ? linkedName(i) : name);
			binds.put("s" + i, sealed.sealed());
			binds.put("k" + i, sealed.keyId());
			binds.put("x" + i, sealed.index());
			binds.put("b" + i, birth);
			binds.put("p" + i, "139" + String.format("%08d", random.nextInt(100_000_000)));
			binds.put("a" + i, "幸福里" + (1 + random.nextInt(30)) + "号" + (101 + random.nextInt(600)) + "室");
			if (values.size() == 200 || i == this.residents) {
				writes.add(insert("INSERT INTO resident (id, name, id_number_sealed, id_number_key, id_number_index, birth_date,"
						+ " district_id, street_id, phone, address, care_level, status, updated_at) VALUES "
						+ String.join(", ", values), binds, now));
				values = new ArrayList<>();
				binds = new LinkedHashMap<>();
			}
		}
		String[] names = { "东城区社会福利院", "滨江颐养院", "市场街道敬老院", "东城康乐护理院", "东城区第二福利院", "滨江长者之家",
				"西城区社会福利院", "山前颐养中心", "西城护理院", "山前敬老院", "西城康复养老院", "市第一社会福利院" };
		int nextAlert = 0;
		for (int i = 0; i < names.length; i++) {
			String[] street = STREETS[(i < 6) ? i % 2 : 2];
			int beds = 20 + random.nextInt(40);
			long id = i + 1;
			writes.add(insert("INSERT INTO institution (id, name, district_id, street_id, beds, subsidised_beds, credit_rating,"
					+ " admits) VALUES (" + id + ", :name, '" + street[0] + "', '" + street[1] + "', " + beds + ", " + (beds / 4)
					+ ", '" + "ABCD".charAt(random.nextInt(4)) + "', '" + ((i % 3 == 0) ? "CITY" : "DISTRICT") + "')",
					Map.of("name", names[i]), now));
			// residents of the institution's district, in turn: some admitted, some waiting
			int admitted = beds - 2 - random.nextInt(6);
			int first = (street[0].equals("d-east") ? 1 : 3) + 3 * (i * 70);
			for (int k = 0; k < admitted + 5; k++) {
				int resident = first + 3 * k;
				if (resident > this.residents || resident % 50 == 0 || resident % 97 == 0) {
					continue;
				}
				writes.add(insert((k < admitted)
						? "INSERT INTO admission (institution_id, resident_id, admitted_by, admitted_at) VALUES (" + id + ", "
								+ resident + ", 'sun.li', :now)"
						: "INSERT INTO waiting (institution_id, resident_id, joined_at) VALUES (" + id + ", " + resident + ", :now)",
						Map.of(), now.minusDays(30 + k)));
			}
			for (int a = 0; a < 1 + random.nextInt(4); a++) {
				boolean closed = random.nextInt(3) == 0;
				OffsetDateTime raised = now.minusDays(random.nextInt(20)).minusHours(random.nextInt(20));
				writes.add(insert("INSERT INTO alert (id, institution_id, district_id, street_id, light, rule_text, raised_at,"
						+ " closed_at, closed_by) VALUES (" + (++nextAlert) + ", " + id + ", '" + street[0] + "', '" + street[1]
						+ "', '" + (random.nextInt(3) == 0 ? "RED" : "YELLOW") + "', :rule, :raised, "
						+ (closed ? ":closed, 'sun.li'" : "NULL, NULL") + ")",
						closed ? Map.of("rule", RULES.get(random.nextInt(RULES.size())), "raised", raised, "closed",
								raised.plusHours(2 + random.nextInt(70)))
								: Map.of("rule", RULES.get(random.nextInt(RULES.size())), "raised", raised),
						now));
			}
		}
		int applications = 0;
		for (int resident = 4; resident <= Math.min(this.residents, 900); resident += 2) {
			if (resident % 50 == 0 || resident % 97 == 0) {
				continue;
			}
			String[] street = STREETS[(resident - 1) % STREETS.length];
			long id = ++applications;
			String status = switch ((int) (id % 5)) {
				case 0 -> "SUBMITTED";
				case 1 -> "STREET_APPROVED";
				case 2, 3 -> "APPROVED";
				default -> "REJECTED";
			};
			LocalDate applied = today.minusDays(id % 40);
			writes.add(insert("INSERT INTO application (id, resident_id, kind, district_id, street_id, status, applied_by,"
					+ " created_at, applied_on) VALUES (" + id + ", " + resident + ", '" + KINDS.get((int) (id % 3)) + "', '"
					+ street[0] + "', '" + street[1] + "', '" + status + "', 'wu.hao', :created, :applied)",
					Map.of("created", this.calendar.startOf(applied).plusHours(9), "applied", applied), now));
			if (!status.equals("SUBMITTED")) {
				boolean streetApproves = !status.equals("REJECTED") || id % 2 == 0;
				writes.add(decision(id, "STREET", streetApproves, applied.plusDays(1)));
				if (streetApproves && !status.equals("STREET_APPROVED")) {
					writes.add(decision(id, "DISTRICT", status.equals("APPROVED"), applied.plusDays(3)));
				}
			}
		}
		writes.add(insert("ALTER TABLE resident ALTER COLUMN id RESTART WITH " + (this.residents + 1), Map.of(), now));
		writes.add(insert("ALTER TABLE institution ALTER COLUMN id RESTART WITH " + (names.length + 1), Map.of(), now));
		writes.add(insert("ALTER TABLE application ALTER COLUMN id RESTART WITH " + (applications + 1), Map.of(), now));
		writes.add(insert("ALTER TABLE alert ALTER COLUMN id RESTART WITH " + (nextAlert + 1), Map.of(), now));
		Flux.concat(writes).then().as(this.transaction::transactional).block();
		log.info("seeded {} demo residents, {} institutions, {} applications, {} alerts", this.residents, names.length,
				applications, nextAlert);
	}

	private Mono<Void> decision(long application, String tier, boolean approve, LocalDate on) {
		return insert("INSERT INTO application_decision (application_id, tier, approve, reviewer_id, opinion, decided_at,"
				+ " decided_on) VALUES (" + application + ", '" + tier + "', " + approve + ", '"
				+ (tier.equals("STREET") ? "wu.hao" : "zhou.min") + "', " + (approve ? "NULL" : "'材料不全'") + ", :at, :on)",
				Map.of("at", this.calendar.startOf(on).plusHours(10), "on", on), null);
	}

	private Mono<Void> insert(String sql, Map<String, Object> binds, OffsetDateTime now) {
		return Mono.defer(() -> {
			DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql);
			for (Map.Entry<String, Object> bind : binds.entrySet()) {
				spec = spec.bind(bind.getKey(), bind.getValue());
			}
			if (now != null && sql.contains(":now")) {
				spec = spec.bind("now", now);
			}
			return spec.then();
		});
	}

}
