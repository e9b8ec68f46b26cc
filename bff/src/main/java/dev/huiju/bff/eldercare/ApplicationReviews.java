package dev.huiju.bff.eldercare;

import java.util.List;

import dev.huiju.bff.security.Caller;
import dev.huiju.bff.todo.TodoItem;
import dev.huiju.bff.todo.TodoSource;
import dev.huiju.clients.eldercare.EldercareClient;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applications waiting for the caller's tier: a street account's submitted ones, a district account's
 * street-approved ones. City accounts and everyone else have none, and are not asked.
 */
@Component
class ApplicationReviews implements TodoSource {

	private final EldercareClient eldercare;

	ApplicationReviews(EldercareClient eldercare) {
		this.eldercare = eldercare;
	}

	@Override
	public String domain() {
		return "eldercare";
	}

	@Override
	public boolean appliesTo(Caller caller) {
		boolean supervisor = caller.roles().contains("ELDERCARE_OPERATOR") || caller.roles().contains("CIVIL_AFFAIRS");
		return supervisor && ("STREET".equalsIgnoreCase(caller.regionLevel()) || "DISTRICT".equalsIgnoreCase(caller.regionLevel()));
	}

	@Override
	public Mono<List<? extends TodoItem>> items(String personId, int limit, DataFetchingEnvironment env) {
		return this.eldercare.read(api -> api.awaiting(Math.min(limit, 200)))
			.map(found -> found.stream()
				.map(a -> new ElderCareReviewTodo("eldercare:" + a.id(), "ELDERCARE_REVIEW", title(a), null, "NORMAL", a))
				.toList());
	}

	private static String title(ApplicationDto application) {
		String kind = switch (application.kind()) {
			case "OLD_AGE_ALLOWANCE" -> "高龄津贴申请";
			case "MEAL_SUBSIDY" -> "助餐补贴申请";
			default -> "家庭养老床位申请";
		};
		return kind + " " + application.id();
	}

	/** The schema's {@code ElderCareReviewTodo}. */
	record ElderCareReviewTodo(String id, String kind, String title, java.time.OffsetDateTime dueAt, String urgency,
			ApplicationDto application) implements TodoItem {
	}

}
