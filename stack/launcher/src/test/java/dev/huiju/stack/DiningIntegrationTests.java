package dev.huiju.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dining through /graphql on the H2 stack with its demo data: the mini-program's canteen screen is one request
 * and a constant number of calls, the domain's rules refuse with a typed error and a stable reason and store
 * nothing, a citizen acts only for themselves and their relative, the street's reviews join its to-do list,
 * and an operator's change to a canteen reaches every reader at once.
 */
class DiningIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TestStack stack = TestStack.h2();

	private final GraphQl gql = this.stack.graphQl();

	private static String persisted(String name) throws IOException {
		String manifest = Files.readString(Jars.root().resolve("bff/src/main/resources/persisted-operations.json"));
		List<String> query = JsonPath.read(manifest, "$.operations[?(@.name == '" + name + "')].query");
		assertThat(query).as(name).hasSize(1);
		return query.get(0);
	}

	private static int count(WireMockServer proxy) {
		return proxy.findAll(getRequestedFor(urlPathMatching("/.*"))).size();
	}

	@Test
	void theMiniProgramsCanteenScreenIsOneRequestAndThreeCallsToDining() throws IOException {
		String citizen = this.gql.token("ma.xiaoli", "mini-program");
		WireMockServer dining = this.stack.proxy("dining");
		WireMockServer directory = this.stack.proxy("directory");
		dining.resetRequests();
		directory.resetRequests();
		DocumentContext answer = this.gql.run(citizen, persisted("MiniProgramCanteensNearMe"), Map.of());
		assertThat(answer.read("$", Map.class)).doesNotContainKey("errors");
		List<String> streets = answer.read("$.data.canteensNearMe[*].streetId");
		assertThat(streets).isNotEmpty().containsOnly("s-riverside");
		assertThat(answer.read("$.data.canteensNearMe[0].menus[*].priceFen", List.class)).isNotEmpty();
		assertThat(answer.read("$.data.canteensNearMe[0].rating.overall", Double.class)).isBetween(1.0, 5.0);
		// canteens, their menus of today, their averages: one call each, however many canteens there are
		assertThat(count(dining)).isEqualTo(3);
		assertThat(count(directory)).isZero();
	}

	@Test
	void theDomainsRulesRefuseThroughGraphqlWithAStableReasonAndStoreNothing() throws IOException {
		String citizen = this.gql.token("ma.xiaoli", "mini-program");
		LocalDate today = LocalDate.now(ZONE);
		String unapproved = this.gql.run(this.gql.token("wu.hao"), "{ menusToReview(first: 1) { id } }")
			.read("$.data.menusToReview[0].id");
		String reservations = "query { myReservations(from: \"" + today + "\", to: \"" + today.plusDays(30) + "\") { id } }";
		int before = this.gql.run(this.gql.token("ma.xiaoli"), reservations).read("$.data.myReservations.length()");

		DocumentContext refused = this.gql.run(citizen, persisted("MiniProgramReserveMeal"),
				Map.of("input", Map.of("menuId", unapproved, "dinerId", "ma.guoqiang")));
		assertThat(refused.read("$.data.reserveMeal.reservation", Object.class)).isNull();
		assertThat(refused.read("$.data.reserveMeal.errors[0].code", String.class)).isEqualTo("BAD_USER_INPUT");
		assertThat(refused.read("$.data.reserveMeal.errors[0].reason", String.class)).isEqualTo("MENU_NOT_APPROVED");
		assertThat((int) this.gql.run(this.gql.token("ma.xiaoli"), reservations).read("$.data.myReservations.length()"))
			.isEqualTo(before);

		Map<String, Object> rating = new HashMap<>(Map.of("canteenId", "3", "dinerId", "ma.guoqiang", "price", 5,
				"environment", 5, "service", 5, "taste", 6));
		assertThat(this.gql.run(citizen, persisted("MiniProgramRateCanteen"), Map.of("input", rating))
			.read("$.data.rateCanteen.errors[0].reason", String.class)).isEqualTo("STARS_OUT_OF_RANGE");
		rating.put("taste", 4);
		rating.put("comment", "好".repeat(101));
		DocumentContext tooLong = this.gql.run(citizen, persisted("MiniProgramRateCanteen"), Map.of("input", rating));
		assertThat(tooLong.read("$.data.rateCanteen.errors[0].reason", String.class)).isEqualTo("COMMENT_TOO_LONG");
		assertThat(tooLong.read("$.data.rateCanteen.errors[0].field[0]", String.class)).isEqualTo("comment");

		Map<String, Object> once = new HashMap<>(Map.of("canteenId", "5", "dinerId", "ma.guoqiang", "price", 4,
				"environment", 4, "service", 5, "taste", 4, "comment", "饭菜可口"));
		assertThat(this.gql.run(citizen, persisted("MiniProgramRateCanteen"), Map.of("input", once))
			.read("$.data.rateCanteen.errors", List.class)).isEmpty();
		once.put("comment", "再评一次");
		assertThat(this.gql.run(citizen, persisted("MiniProgramRateCanteen"), Map.of("input", once))
			.read("$.data.rateCanteen.errors[0].reason", String.class)).isEqualTo("ALREADY_RATED_THIS_MONTH");

		String orders = persisted("MiniProgramMyDeliveryOrders");
		DocumentContext mine = this.gql.run(citizen, orders, Map.of());
		String order = mine.read("$.data.myDeliveryOrders[0].id");
		Object pausedBefore = mine.read("$.data.myDeliveryOrders[0].pausedFrom");
		DocumentContext tooSoon = this.gql.run(citizen, persisted("MiniProgramPauseMealDelivery"),
				Map.of("input", Map.of("orderId", order, "from", today.plusDays(1).toString())));
		assertThat(tooSoon.read("$.data.pauseMealDelivery.errors[0].reason", String.class)).isEqualTo("NOTICE_UNDER_48_HOURS");
		assertThat((Object) this.gql.run(citizen, orders, Map.of()).read("$.data.myDeliveryOrders[0].pausedFrom"))
			.isEqualTo(pausedBefore);
	}

	@Test
	void aCitizenActsForTheirRelativeAndNobodyElse() throws IOException {
		String citizen = this.gql.token("ma.xiaoli", "mini-program");
		String menu = this.gql.run(citizen, persisted("MiniProgramCanteensNearMe"), Map.of())
			.read("$.data.canteensNearMe[0].menus[0].id");
		DocumentContext forStranger = this.gql.run(citizen, persisted("MiniProgramReserveMeal"),
				Map.of("input", Map.of("menuId", menu, "dinerId", "r-0003")));
		assertThat(forStranger.read("$.data.reserveMeal.errors[0].code", String.class)).isEqualTo("PERMISSION_DENIED");
		List<String> diners = this.gql.run(citizen, persisted("MiniProgramMyDiners"), Map.of()).read("$.data.myDiners[*].id");
		assertThat(diners).containsExactly("ma.guoqiang");
	}

	@Test
	void aStreetAccountFindsItsReviewsOnItsToDoListAndAClerkFindsNoneMissing() {
		DocumentContext street = this.gql.run(this.gql.token("wu.hao"), "{ todo(first: 200) { items { kind title } unavailable } }");
		List<String> kinds = street.read("$.data.todo.items[*].kind");
		assertThat(kinds).contains("MENU_REVIEW", "SUBSIDY_REVIEW");
		assertThat(street.read("$.data.todo.unavailable", List.class)).isEmpty();
		DocumentContext clerk = this.gql.run(this.gql.token("zhang.wei"), "{ todo { items { kind } unavailable } }");
		assertThat(clerk.read("$.data.todo.items[*].kind", List.class)).doesNotContain("MENU_REVIEW", "SUBSIDY_REVIEW");
		assertThat(clerk.read("$.data.todo.unavailable", List.class)).isEmpty();
	}

	@Test
	void anOperatorsChangeToACanteenReachesEveryReaderAtOnce() {
		String clerk = this.gql.token("zhang.wei");
		String read = "{ canteen(id: \"5\") { seats } }";
		int seats = this.gql.run(clerk, read).read("$.data.canteen.seats");
		DocumentContext changed = this.gql.run(this.gql.token("zhao.lei"), """
				mutation($input: UpdateCanteenInput!) { updateCanteen(input: $input) { canteen { seats } errors { code } } }
				""", Map.of("input", Map.of("canteenId", "5", "seats", seats + 7)));
		assertThat(changed.read("$.data.updateCanteen.errors", List.class)).isEmpty();
		assertThat((int) this.gql.run(clerk, read).read("$.data.canteen.seats")).isEqualTo(seats + 7);
		DocumentContext notHis = this.gql.run(clerk, """
				mutation($input: UpdateCanteenInput!) { updateCanteen(input: $input) { canteen { seats } errors { code } } }
				""", Map.of("input", Map.of("canteenId", "5", "seats", 1)));
		assertThat(notHis.read("$.errors[0].extensions.code", String.class)).isEqualTo("PERMISSION_DENIED");
		assertThat((int) this.gql.run(clerk, read).read("$.data.canteen.seats")).isEqualTo(seats + 7);
	}

}
