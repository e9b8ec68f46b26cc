package dev.huiju.dining.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.menus.Meal;
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
 * Seeds an empty database: two staff canteens and three community elder canteens in the directory's demo
 * streets, registered residents (马国强 of 滨江街道 has his daughter 马小丽, the demo citizen, as relative),
 * two weeks of menus behind and one ahead (some waiting for the street's review), reservations with the
 * prices charged, ratings of this month and the last, subsidies in every state and standing delivery orders.
 * Written straight to the tables: past days could not be booked through the rules.
 */
@Component
@Profile("demo")
class DemoDining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDining.class);

	private static final List<Canteen> CANTEENS = List.of(
			new Canteen("市政府机关食堂", "STAFF", "d-east", "s-riverside", "滨江路1号综合楼一层", 300, "06:30", "19:30", false),
			new Canteen("东城区机关食堂", "STAFF", "d-east", "s-market", "市场街88号区政府院内", 150, "06:30", "13:30", false),
			new Canteen("滨江街道长者食堂", "COMMUNITY", "d-east", "s-riverside", "滨江路36号社区服务中心一层", 60, "10:00", "19:30", true),
			new Canteen("市场街道长者食堂", "COMMUNITY", "d-east", "s-market", "市场街12号邻里中心", 40, "10:00", "13:30", true),
			new Canteen("山前街道长者食堂", "COMMUNITY", "d-west", "s-hill", "山前路5号养老服务站", 50, "06:30", "19:30", false));

	private static final List<String> STAFF = List.of("zhang.wei", "liu.yang", "li.na", "wang.fang", "chen.jie",
			"zhao.lei", "sun.li", "zhou.min", "wu.hao", "staff.01", "staff.02", "staff.03", "staff.04", "staff.05");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙");

	private static final List<String> GIVEN = List.of("秀英", "桂兰", "建国", "国华", "玉兰", "德胜", "淑珍", "文华", "志强",
			"凤英", "永福", "金花");

	private static final List<String> DISHES = List.of("红烧鱼块", "清蒸鲈鱼", "番茄炒蛋", "青椒肉丝", "白菜豆腐", "冬瓜排骨汤",
			"土豆烧牛肉", "香菇青菜", "南瓜小米粥", "肉末蒸蛋", "清炒时蔬", "玉米排骨汤", "木耳山药", "红烧狮子头");

	private static final List<String> COMMENTS = List.of("饭菜软烂，适合老人", "价格实惠", "环境干净整洁", "服务热情周到",
			"口味偏淡，希望多些花样", "送餐准时", "菜量足", "");

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final BusinessCalendar calendar;

	private final int residents;

	DemoDining(DatabaseClient db, TransactionalOperator transaction, BusinessCalendar calendar,
			@Value("${huiju.demo.diners:36}") int residents) {
		this.db = db;
		this.transaction = transaction;
		this.calendar = calendar;
		this.residents = residents;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long canteens = this.db.sql("SELECT COUNT(*) AS n FROM canteen").map((row, meta) -> ((Number) row.get("n")).longValue())
			.one().block();
		if (canteens != null && canteens > 0) {
			log.info("canteens already present; demo data not seeded");
			return;
		}
		Plan plan = new Plan(new Random(20261202L));
		plan.write();
		Flux.fromIterable(plan.statements).concatMap(this::run).then().as(this.transaction::transactional).block();
		log.info("seeded {} demo canteens, {} diners, {} menus, {} reservations, {} ratings", CANTEENS.size(),
				plan.diners.size(), plan.menus, plan.reservations, plan.ratings);
	}

	private Mono<Void> run(Statement statement) {
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(statement.sql());
		for (Map.Entry<String, Object> bind : statement.binds().entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.then();
	}

	private record Canteen(String name, String kind, String district, String street, String address, int seats,
			String opens, String closes, boolean delivers) {

		boolean serves(Meal meal) {
			return meal.within(LocalTime.parse(this.opens), LocalTime.parse(this.closes));
		}

	}

	/**
	 * The name of elder-care demo resident {@code resident} who is also a diner: the two demos compute it alike
	 * (elder care's {@code DemoEldercare.linkedName}) so the linked records name the same person.
	 */
	static String linkedName(long resident) {
		return resident == 1 ? "马国强"
				: SURNAMES.get((int) (resident * 5 % SURNAMES.size())) + GIVEN.get((int) (resident * 7 % GIVEN.size()));
	}

	private record Diner(String id, String district, String street) {
	}

	private record Statement(String sql, Map<String, Object> binds) {
	}

	private final class Plan {

		private final Random random;

		private final List<Statement> statements = new ArrayList<>();

		private final List<Diner> diners = new ArrayList<>();

		private final Map<String, Long> approvedSubsidy = new LinkedHashMap<>();

		private final Map<String, Integer> percentOff = Map.of("d-east", 30, "d-west", 50);

		private final OffsetDateTime now = OffsetDateTime.now(DemoDining.this.calendar.clock());

		private long menus;

		private long dishes;

		private long reservations;

		private long ratings;

		private long subsidies;

		Plan(Random random) {
			this.random = random;
		}

		void write() {
			LocalDate today = DemoDining.this.calendar.today();
			for (int i = 0; i < CANTEENS.size(); i++) {
				Canteen c = CANTEENS.get(i);
				add("INSERT INTO canteen (id, name, kind, district_id, street_id, address, seats, opens_at, closes_at, delivers,"
						+ " licence_status, licence_expires, operator_id, updated_at) VALUES (:id, :name, :kind, :district,"
						+ " :street, :address, :seats, :opens, :closes, :delivers, 'VALID', :expires, 'zhao.lei', :now)",
						"id", (long) (i + 1), "name", c.name(), "kind", c.kind(), "district", c.district(), "street", c.street(),
						"address", c.address(), "seats", c.seats(), "opens", LocalTime.parse(c.opens()),
						"closes", LocalTime.parse(c.closes()), "delivers", c.delivers(),
						"expires", today.plusMonths(6 + i), "now", this.now);
			}
			this.percentOff.forEach((district, percent) -> add("INSERT INTO subsidy_policy (district_id, percent_off)"
					+ " VALUES (:district, :percent)", "district", district, "percent", percent));
			diners(today);
			subsidies(today);
			for (int i = 0; i < CANTEENS.size(); i++) {
				menusAndMeals(i + 1, CANTEENS.get(i), today);
			}
			deliveryOrders(today);
			add("ALTER TABLE canteen ALTER COLUMN id RESTART WITH " + (CANTEENS.size() + 1));
			add("ALTER TABLE menu ALTER COLUMN id RESTART WITH " + (this.menus + 1));
			add("ALTER TABLE dish ALTER COLUMN id RESTART WITH " + (this.dishes + 1));
			add("ALTER TABLE subsidy ALTER COLUMN id RESTART WITH " + (this.subsidies + 1));
		}

		private void diners(LocalDate today) {
			diner("ma.guoqiang", "马国强", "d-east", "s-riverside", "滨江花园3栋201", 1);
			add("INSERT INTO diner_relative (diner_id, relative_id) VALUES ('ma.guoqiang', 'ma.xiaoli')");
			List<String[]> streets = List.of(new String[] { "d-east", "s-riverside" }, new String[] { "d-east", "s-market" },
					new String[] { "d-west", "s-hill" });
			for (int i = 1; i <= DemoDining.this.residents; i++) {
				String[] street = streets.get(i % streets.size());
				// drawn and set aside so that the rest of the demo stays as it was before diners had residents
				this.random.nextInt(SURNAMES.size());
				this.random.nextInt(GIVEN.size());
				// diner r-i is elder-care resident i + 1 of the same street, under the name elder care's demo gives them
				diner(String.format("r-%04d", i), linkedName(i + 1), street[0], street[1],
						"幸福小区" + (1 + this.random.nextInt(12)) + "栋" + (101 + this.random.nextInt(500)), i + 1);
			}
		}

		private void diner(String id, String name, String district, String street, String address, long resident) {
			add("INSERT INTO diner (id, name, district_id, street_id, address, phone, resident_id) VALUES (:id, :name,"
					+ " :district, :street, :address, :phone, :resident)", "id", id, "name", name, "district", district,
					"street", street, "address", address, "phone", "139" + String.format("%08d", this.random.nextInt(100_000_000)),
					"resident", resident);
			this.diners.add(new Diner(id, district, street));
		}

		/** In each street, a quarter of the residents approved, a quarter waiting for the street, a few rejected. */
		private void subsidies(LocalDate today) {
			Map<String, Integer> seen = new LinkedHashMap<>();
			for (int i = 0; i < this.diners.size(); i++) {
				Diner diner = this.diners.get(i);
				int n = seen.merge(diner.street(), 1, Integer::sum) - 1;
				String status = switch (n % 8) {
					case 0, 4 -> "APPROVED";
					case 1, 5 -> "PENDING";
					case 3 -> "REJECTED";
					default -> null;
				};
				if (status == null) {
					continue;
				}
				long id = ++this.subsidies;
				LocalDate applied = today.minusDays(3 + this.random.nextInt(40));
				String reviewer = "s-riverside".equals(diner.street()) ? "wu.hao" : "staff.0" + (1 + (i % 5));
				boolean decided = !"PENDING".equals(status);
				add("INSERT INTO subsidy (id, diner_id, applied_by, district_id, street_id, reason, status, reviewer_id, opinion,"
						+ " reviewed_at, created_at, applied_on, decided_on) VALUES (:id, :diner, :diner, :district, :street,"
						+ " :reason, :status, " + (decided ? ":reviewer, :opinion, :reviewed" : "NULL, NULL, NULL")
						+ ", :created, :applied, " + (decided ? ":decided" : "NULL") + ")",
						binds("id", id, "diner", diner.id(), "district", diner.district(), "street", diner.street(),
								"reason", "年满75周岁，独居", "status", status, "created", this.calendar().startOf(applied),
								"applied", applied, "reviewer", decided ? reviewer : null,
								"opinion", decided ? ("APPROVED".equals(status) ? "符合条件" : "不符合户籍条件") : null,
								"reviewed", decided ? this.calendar().startOf(applied.plusDays(2)).plusHours(10) : null,
								"decided", decided ? applied.plusDays(2) : null));
				if ("APPROVED".equals(status)) {
					this.approvedSubsidy.put(diner.id(), id);
				}
			}
		}

		private void menusAndMeals(long canteenId, Canteen canteen, LocalDate today) {
			boolean community = "COMMUNITY".equals(canteen.kind());
			List<String> eaters = community
					? this.diners.stream().filter(d -> d.street().equals(canteen.street())).map(Diner::id).toList()
					// the city's staff eat at the city's canteen, the district's at the district's
					: (canteenId == 1) ? STAFF.subList(0, 9) : STAFF.subList(9, STAFF.size());
			for (int offset = -14; offset <= 7; offset++) {
				LocalDate day = today.plusDays(offset);
				for (Meal meal : Meal.values()) {
					if (!canteen.serves(meal) || (community && meal == Meal.BREAKFAST)) {
						continue;
					}
					long menuId = ++this.menus;
					int price = community ? 1200 + 100 * this.random.nextInt(6) : 800 + 100 * this.random.nextInt(8);
					// The street has not yet reviewed the community menus of the coming days.
					String status = (community && offset >= 5) ? "SUBMITTED" : "APPROVED";
					boolean reviewed = community && "APPROVED".equals(status);
					add("INSERT INTO menu (id, canteen_id, served_on, meal, price_fen, status, reviewer_id, reviewed_at, created_at)"
							+ " VALUES (:id, :canteen, :day, :meal, :price, :status, " + (reviewed ? ":reviewer, :reviewed" : "NULL, NULL")
							+ ", :created)",
							binds("id", menuId, "canteen", canteenId, "day", day, "meal", meal.name(), "price", price,
									"status", status, "reviewer", reviewed ? reviewerOf(canteen) : null,
									"reviewed", reviewed ? this.calendar().startOf(day.minusDays(3)).plusHours(9) : null,
									"created", this.calendar().startOf(day.minusDays(4)).plusHours(15)));
					for (int d = 0; d < 3; d++) {
						add("INSERT INTO dish (id, menu_id, position, name, price_fen, allergens, kcal, protein_g)"
								+ " VALUES (:id, :menu, :position, :name, :price, :allergens, :kcal, :protein)",
								"id", ++this.dishes, "menu", menuId, "position", d + 1,
								"name", DISHES.get(this.random.nextInt(DISHES.size())), "price", 300 + 100 * this.random.nextInt(8),
								"allergens", this.random.nextInt(4) == 0 ? "FISH" : (this.random.nextInt(5) == 0 ? "EGG" : ""),
								"kcal", 120 + this.random.nextInt(400), "protein", 3 + this.random.nextInt(30));
					}
					if ("APPROVED".equals(status) && offset <= 2) {
						reserve(canteenId, canteen, menuId, day, meal, price, eaters, offset < 0);
					}
				}
				if (offset < 0 && (offset % 7 == -1)) {
					rate(canteenId, eaters, day);
				}
			}
		}

		private void reserve(long canteenId, Canteen canteen, long menuId, LocalDate day, Meal meal, int price,
				List<String> eaters, boolean past) {
			boolean community = "COMMUNITY".equals(canteen.kind());
			for (String eater : eaters) {
				if (this.random.nextInt(3) != 0) {
					continue;
				}
				boolean delivery = community && canteen.delivers() && this.random.nextInt(4) == 0;
				Long subsidy = community ? this.approvedSubsidy.get(eater) : null;
				int charged = (subsidy != null) ? price - price * this.percentOff.get(canteen.district()) / 100 : price;
				boolean cancelled = this.random.nextInt(15) == 0;
				String bookedBy = "ma.guoqiang".equals(eater) ? "ma.xiaoli" : eater;
				add("INSERT INTO reservation (canteen_id, menu_id, served_on, meal, diner_id, booked_by, delivery, status, list_fen,"
						+ " charged_fen, subsidy_id, created_at, cancelled_at, live) VALUES (:canteen, :menu, :day, :meal, :diner,"
						+ " :bookedBy, :delivery, :status, :list, :charged, " + ((subsidy != null) ? ":subsidy" : "NULL")
						+ ", :created, " + (cancelled ? ":cancelled, NULL" : "NULL, TRUE") + ")",
						binds("canteen", canteenId, "menu", menuId, "day", day, "meal", meal.name(), "diner", eater,
								"bookedBy", bookedBy, "delivery", delivery, "status", cancelled ? "CANCELLED" : "BOOKED",
								"list", price, "charged", charged, "subsidy", subsidy,
								"created", this.calendar().startOf(day.minusDays(1)).plusHours(18),
								"cancelled", cancelled ? this.calendar().startOf(day.minusDays(1)).plusHours(20) : null));
				this.reservations++;
			}
		}

		private void rate(long canteenId, List<String> eaters, LocalDate day) {
			for (String eater : eaters) {
				if (this.random.nextInt(4) != 0) {
					continue;
				}
				String comment = COMMENTS.get(this.random.nextInt(COMMENTS.size()));
				add("INSERT INTO rating (canteen_id, diner_id, rated_by, rated_month, price, environment, service, taste, comment,"
						+ " visibility, created_at, rated_on) SELECT :canteen, :diner, :diner, :month, :price, :environment, :service,"
						+ " :taste, " + (comment.isEmpty() ? "NULL" : ":comment") + ", :visibility, :created, :day"
						+ " WHERE NOT EXISTS (SELECT 1 FROM rating WHERE canteen_id = :canteen AND diner_id = :diner"
						+ " AND rated_month = :month)",
						binds("canteen", canteenId, "diner", eater, "month", YearMonth.from(day).toString(),
								"price", 3 + this.random.nextInt(3), "environment", 2 + this.random.nextInt(4),
								"service", 3 + this.random.nextInt(3), "taste", 2 + this.random.nextInt(4),
								"comment", comment.isEmpty() ? null : comment,
								"visibility", this.random.nextInt(6) == 0 ? "FEATURED" : "NORMAL",
								"created", this.calendar().startOf(day).plusHours(13), "day", day));
				this.ratings++;
			}
		}

		private void deliveryOrders(LocalDate today) {
			add("INSERT INTO delivery_order (canteen_id, diner_id, meal, address, starts_on, created_by, created_at)"
					+ " VALUES (3, 'ma.guoqiang', 'LUNCH', '滨江花园3栋201', :starts, 'ma.xiaoli', :created)",
					"starts", today.minusDays(20), "created", this.calendar().startOf(today.minusDays(23)));
			for (Diner diner : this.diners) {
				if (!"s-market".equals(diner.street()) || this.random.nextInt(3) != 0) {
					continue;
				}
				add("INSERT INTO delivery_order (canteen_id, diner_id, meal, address, starts_on, created_by, created_at)"
						+ " SELECT 4, id, 'LUNCH', address, :starts, id, :created FROM diner WHERE id = :diner",
						"starts", today.minusDays(10), "created", this.calendar().startOf(today.minusDays(13)), "diner", diner.id());
			}
		}

		private String reviewerOf(Canteen canteen) {
			return "s-riverside".equals(canteen.street()) ? "wu.hao" : "staff.01";
		}

		private BusinessCalendar calendar() {
			return DemoDining.this.calendar;
		}

		private void add(String sql, Object... pairs) {
			this.statements.add(new Statement(sql, binds(pairs)));
		}

		private void add(String sql, Map<String, Object> binds) {
			this.statements.add(new Statement(sql, binds));
		}

		/** Name-value pairs; a null value is left out (its statement says NULL itself). */
		private static Map<String, Object> binds(Object... pairs) {
			Map<String, Object> binds = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				if (pairs[i + 1] != null) {
					binds.put((String) pairs[i], pairs[i + 1]);
				}
			}
			return binds;
		}

	}

}
