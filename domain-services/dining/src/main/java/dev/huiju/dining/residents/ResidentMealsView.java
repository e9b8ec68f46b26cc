package dev.huiju.dining.residents;

import java.util.List;

import dev.huiju.dining.diners.DinerView;
import dev.huiju.dining.reservations.ReservationView;
import dev.huiju.dining.subsidies.SubsidyView;

/** What dining knows of one elder-care resident: the diner they are, their subsidies, their recent reservations. */
public record ResidentMealsView(long residentId, DinerView diner, List<SubsidyView> subsidies,
		List<ReservationView> reservations) {
}
