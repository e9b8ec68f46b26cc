package dev.huiju.bff.dining;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.todo.TodoItem;
import dev.huiju.bff.todo.TodoSource;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyDto;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What a street's civil-affairs account has to review in dining: community menus, due by their meal's day,
 * and meal-subsidy applications, in the order they came. Nobody else has items here, so nobody else asks.
 */
@Component
class StreetReviews implements TodoSource {

	/** A menu this close to its meal is urgent to review. */
	private static final Duration SOON = Duration.ofDays(2);

	private final DiningClient dining;

	private final BusinessCalendar calendar;

	private final Clock clock;

	StreetReviews(DiningClient dining, BusinessCalendar calendar, Clock clock) {
		this.dining = dining;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public String domain() {
		return "dining";
	}

	@Override
	public boolean appliesTo(Caller caller) {
		return caller.roles().contains("CIVIL_AFFAIRS") && "STREET".equalsIgnoreCase(caller.regionLevel());
	}

	@Override
	public Mono<List<? extends TodoItem>> items(String personId, int limit, DataFetchingEnvironment env) {
		OffsetDateTime soon = OffsetDateTime.now(this.clock).plus(SOON);
		Mono<List<MenuDto>> menus = this.dining.read(api -> api.pendingMenus(Math.min(limit, 200)));
		Mono<List<SubsidyDto>> subsidies = this.dining.read(api -> api.subsidies("PENDING", Math.min(limit, 200)));
		return Mono.zip(menus, subsidies).flatMap(pending -> this.dining
			.canteensByIds(pending.getT1().stream().map(MenuDto::canteenId).toList(), false)
			.map(canteens -> {
				List<TodoItem> items = new ArrayList<>();
				for (MenuDto menu : pending.getT1()) {
					OffsetDateTime due = this.calendar.startOf(menu.day());
					items.add(new MenuReviewTodo("menu:" + menu.id(), "MENU_REVIEW", title(canteens, menu), due,
							due.isBefore(soon) ? "URGENT" : "NORMAL", menu));
				}
				for (SubsidyDto application : pending.getT2()) {
					items.add(new SubsidyReviewTodo("subsidy:" + application.id(), "SUBSIDY_REVIEW",
							"助餐补贴申请 " + application.id(), null, "NORMAL", application));
				}
				return items;
			}));
	}

	private static String title(Map<Long, CanteenDto> canteens, MenuDto menu) {
		CanteenDto canteen = canteens.get(menu.canteenId());
		String name = (canteen != null) ? canteen.name() : "食堂 " + menu.canteenId();
		return name + " " + menu.day() + " " + meal(menu.meal()) + "菜单";
	}

	private static String meal(String meal) {
		return switch (meal) {
			case "BREAKFAST" -> "早餐";
			case "LUNCH" -> "午餐";
			default -> "晚餐";
		};
	}

	/** The schema's {@code MenuReviewTodo}. */
	record MenuReviewTodo(String id, String kind, String title, OffsetDateTime dueAt, String urgency, MenuDto menu)
			implements TodoItem {
	}

	/** The schema's {@code SubsidyReviewTodo}. */
	record SubsidyReviewTodo(String id, String kind, String title, OffsetDateTime dueAt, String urgency,
			SubsidyDto application) implements TodoItem {
	}

}
