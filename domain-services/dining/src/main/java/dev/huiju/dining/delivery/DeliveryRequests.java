package dev.huiju.dining.delivery;

import java.time.LocalDate;

import dev.huiju.dining.menus.Meal;

/** What the delivery endpoints accept. */
public final class DeliveryRequests {

	private DeliveryRequests() {
	}

	/** A new standing order: the diner's registered address unless another is given. */
	public record Start(Long canteenId, String dinerId, Meal meal, LocalDate startsOn, String address) {
	}

	/** A pause from a day, until a day (exclusive) or until resumed. */
	public record Pause(LocalDate from, LocalDate until) {
	}

	public record Resume(LocalDate on) {
	}

	public record Stop(LocalDate from) {
	}

}
