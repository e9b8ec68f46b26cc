package dev.huiju.dining.residents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.dining.access.Caller;
import dev.huiju.dining.diners.DinerView;
import dev.huiju.dining.diners.Diners;
import dev.huiju.dining.reservations.Reservations;
import dev.huiju.dining.subsidies.Subsidies;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The meals of elder-care residents who are registered diners, for a civil-affairs account of their region: three
 * queries however many residents are asked for. A resident who is no diner, or outside the region, is absent.
 */
@Service
public class ResidentMeals {

	/** Reservations shown beside a resident: the last month's and the coming week's. */
	static final int DAYS_BACK = 30;

	static final int DAYS_AHEAD = 7;

	private final Diners diners;

	private final Subsidies subsidies;

	private final Reservations reservations;

	private final BusinessCalendar calendar;

	ResidentMeals(Diners diners, Subsidies subsidies, Reservations reservations, BusinessCalendar calendar) {
		this.diners = diners;
		this.subsidies = subsidies;
		this.reservations = reservations;
		this.calendar = calendar;
	}

	public Mono<List<ResidentMealsView>> of(Caller caller, Collection<Long> residentIds) {
		LocalDate today = this.calendar.today();
		return this.diners.ofResidents(caller, residentIds).flatMap(byResident -> {
			if (byResident.isEmpty()) {
				return Mono.just(List.of());
			}
			List<String> dinerIds = byResident.values().stream().map(DinerView::id).toList();
			return Mono.zip(this.subsidies.ofDiners(dinerIds),
					this.reservations.ofDiners(dinerIds, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)))
				.map(found -> byResident.entrySet().stream()
					.sorted(Map.Entry.comparingByKey())
					.map(entry -> new ResidentMealsView(entry.getKey(), entry.getValue(),
							found.getT1().stream().filter(s -> s.dinerId().equals(entry.getValue().id())).toList(),
							found.getT2().stream().filter(r -> r.dinerId().equals(entry.getValue().id())).toList()))
					.toList());
		});
	}

}
