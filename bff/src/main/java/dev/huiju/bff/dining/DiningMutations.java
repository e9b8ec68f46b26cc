package dev.huiju.bff.dining;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.errors.Changes;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.clients.dining.DiningApi;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.dining.DiningDtos;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.DeliveryOrderDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.RatingDto;
import dev.huiju.clients.dining.DiningDtos.ReservationDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.ApplyForMealSubsidyInput;
import dev.huiju.schema.generated.types.ChangeMealDeliveryInput;
import dev.huiju.schema.generated.types.PublishMenuInput;
import dev.huiju.schema.generated.types.RateCanteenInput;
import dev.huiju.schema.generated.types.RecordCanteenLicenceInput;
import dev.huiju.schema.generated.types.ReservationIdInput;
import dev.huiju.schema.generated.types.ReserveMealInput;
import dev.huiju.schema.generated.types.ReviewInput;
import dev.huiju.schema.generated.types.SetRatingVisibilityInput;
import dev.huiju.schema.generated.types.StartMealDeliveryInput;
import dev.huiju.schema.generated.types.UpdateCanteenInput;
import dev.huiju.schema.generated.types.UserError;
import reactor.core.publisher.Mono;

/**
 * The dining mutations. Each goes to the dining service with the caller's token; a refusal by a rule (seats,
 * hours, 48 hours' notice, stars, comment length, once a month, an unapproved menu) comes back as a typed
 * {@code UserError} with the rule's stable {@code reason} and nothing stored.
 */
@DgsComponent
class DiningMutations {

	private final DiningClient dining;

	DiningMutations(DiningClient dining) {
		this.dining = dining;
	}

	@DgsMutation(field = DgsConstants.MUTATION.ReserveMeal)
	Mono<ReservationPayload> reserveMeal(@InputArgument ReserveMealInput input) {
		return change(() -> {
			long menu = CanonicalIds.parse(input.getMenuId(), "menuId", "a menu id");
			var request = new DiningDtos.ReservationRequest(menu, input.getDinerId(), Boolean.TRUE.equals(input.getDelivery()));
			return api -> api.reserve(request);
		}, r -> new ReservationPayload(r, List.of()), e -> new ReservationPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.CancelReservation)
	Mono<ReservationPayload> cancelReservation(@InputArgument ReservationIdInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getReservationId(), "reservationId", "a reservation id");
			return api -> api.cancelReservation(id);
		}, r -> new ReservationPayload(r, List.of()), e -> new ReservationPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.RateCanteen)
	Mono<RatingPayload> rateCanteen(@InputArgument RateCanteenInput input) {
		return change(() -> {
			long canteen = CanonicalIds.parse(input.getCanteenId(), "canteenId", "a canteen id");
			var request = new DiningDtos.RatingRequest(canteen, input.getDinerId(), input.getPrice(),
					input.getEnvironment(), input.getService(), input.getTaste(), input.getComment());
			return api -> api.rate(request);
		}, r -> new RatingPayload(r, List.of()), e -> new RatingPayload(null, e));
	}

	/** The canteen is reference data: its cached copy goes as soon as the change is made. */
	@DgsMutation(field = DgsConstants.MUTATION.UpdateCanteen)
	Mono<CanteenPayload> updateCanteen(@InputArgument UpdateCanteenInput input) {
		long[] id = new long[1];
		return change(() -> {
			id[0] = CanonicalIds.parse(input.getCanteenId(), "canteenId", "a canteen id");
			var request = new DiningDtos.CanteenChange(input.getSeats(), time(input.getOpensAt(), "opensAt"),
					time(input.getClosesAt(), "closesAt"), input.getDelivers());
			return api -> api.changeCanteen(id[0], request).flatMap(changed -> this.dining.evictCanteen(id[0])
				.thenReturn(changed));
		}, c -> new CanteenPayload(c, List.of()), e -> new CanteenPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.RecordCanteenLicence)
	Mono<CanteenPayload> recordCanteenLicence(@InputArgument RecordCanteenLicenceInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getCanteenId(), "canteenId", "a canteen id");
			var record = new DiningDtos.LicenceRecord(input.getStatus(), input.getExpires());
			return api -> api.recordLicence(id, record).flatMap(changed -> this.dining.evictCanteen(id).thenReturn(changed));
		}, c -> new CanteenPayload(c, List.of()), e -> new CanteenPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.SetRatingVisibility)
	Mono<RatingPayload> setRatingVisibility(@InputArgument SetRatingVisibilityInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getRatingId(), "ratingId", "a rating id");
			var request = new DiningDtos.VisibilityRequest(input.getVisibility().name());
			return api -> api.ratingVisibility(id, request);
		}, r -> new RatingPayload(r, List.of()), e -> new RatingPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ApplyForMealSubsidy)
	Mono<SubsidyPayload> applyForMealSubsidy(@InputArgument ApplyForMealSubsidyInput input) {
		return change(() -> {
			var request = new DiningDtos.SubsidyRequest(input.getDinerId(), input.getReason());
			return api -> api.applyForSubsidy(request);
		}, s -> new SubsidyPayload(s, List.of()), e -> new SubsidyPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ReviewMealSubsidy)
	Mono<SubsidyPayload> reviewMealSubsidy(@InputArgument ReviewInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getId(), "id", "a subsidy application id");
			var request = new DiningDtos.ReviewRequest(input.getApprove(), input.getOpinion());
			return api -> api.reviewSubsidy(id, request);
		}, s -> new SubsidyPayload(s, List.of()), e -> new SubsidyPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.PublishMenu)
	Mono<MenuPayload> publishMenu(@InputArgument PublishMenuInput input) {
		return change(() -> {
			long canteen = CanonicalIds.parse(input.getCanteenId(), "canteenId", "a canteen id");
			List<DiningDtos.DishRequest> dishes = input.getDishes().stream()
				.map(d -> new DiningDtos.DishRequest(d.getName(), d.getPriceFen(), d.getAllergens(), d.getKcal(),
						d.getProteinG()))
				.toList();
			var request = new DiningDtos.MenuRequest(canteen, input.getDay(), input.getMeal().name(), input.getPriceFen(),
					dishes);
			return api -> api.publishMenu(request);
		}, m -> new MenuPayload(m, List.of()), e -> new MenuPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ReviewMenu)
	Mono<MenuPayload> reviewMenu(@InputArgument ReviewInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getId(), "id", "a menu id");
			var request = new DiningDtos.ReviewRequest(input.getApprove(), input.getOpinion());
			return api -> api.reviewMenu(id, request);
		}, m -> new MenuPayload(m, List.of()), e -> new MenuPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.StartMealDelivery)
	Mono<DeliveryOrderPayload> startMealDelivery(@InputArgument StartMealDeliveryInput input) {
		return delivery(() -> {
			long canteen = CanonicalIds.parse(input.getCanteenId(), "canteenId", "a canteen id");
			var request = new DiningDtos.DeliveryStart(canteen, input.getDinerId(), input.getMeal().name(),
					input.getStartsOn(), input.getAddress());
			return api -> api.startDelivery(request);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.PauseMealDelivery)
	Mono<DeliveryOrderPayload> pauseMealDelivery(@InputArgument ChangeMealDeliveryInput input) {
		return delivery(() -> {
			long id = CanonicalIds.parse(input.getOrderId(), "orderId", "a delivery order id");
			var request = new DiningDtos.DeliveryPause(input.getFrom(), input.getUntil());
			return api -> api.pauseDelivery(id, request);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.ResumeMealDelivery)
	Mono<DeliveryOrderPayload> resumeMealDelivery(@InputArgument ChangeMealDeliveryInput input) {
		return delivery(() -> {
			long id = CanonicalIds.parse(input.getOrderId(), "orderId", "a delivery order id");
			var request = new DiningDtos.DeliveryResume(input.getOn());
			return api -> api.resumeDelivery(id, request);
		});
	}

	@DgsMutation(field = DgsConstants.MUTATION.StopMealDelivery)
	Mono<DeliveryOrderPayload> stopMealDelivery(@InputArgument ChangeMealDeliveryInput input) {
		return delivery(() -> {
			long id = CanonicalIds.parse(input.getOrderId(), "orderId", "a delivery order id");
			var request = new DiningDtos.DeliveryStop(input.getFrom());
			return api -> api.stopDelivery(id, request);
		});
	}

	private static LocalTime time(String raw, String field) {
		if (raw == null) {
			return null;
		}
		try {
			return LocalTime.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadUserInput(field, field + " is a time of day, HH:mm");
		}
	}

	private Mono<DeliveryOrderPayload> delivery(Supplier<Function<DiningApi, Mono<DeliveryOrderDto>>> builder) {
		return change(builder, o -> new DeliveryOrderPayload(o, List.of()), e -> new DeliveryOrderPayload(null, e));
	}

	private <T, P> Mono<P> change(Supplier<Function<DiningApi, Mono<T>>> call, Function<T, P> done,
			Function<List<UserError>, P> refused) {
		return Changes.answer(call, this.dining::change, done, refused);
	}

	/** The schema's {@code ReservationPayload}. */
	record ReservationPayload(ReservationDto reservation, List<UserError> errors) {
	}

	/** The schema's {@code RatingPayload}. */
	record RatingPayload(RatingDto rating, List<UserError> errors) {
	}

	/** The schema's {@code SubsidyPayload}. */
	record SubsidyPayload(SubsidyDto application, List<UserError> errors) {
	}

	/** The schema's {@code CanteenPayload}. */
	record CanteenPayload(CanteenDto canteen, List<UserError> errors) {
	}

	/** The schema's {@code MenuPayload}. */
	record MenuPayload(MenuDto menu, List<UserError> errors) {
	}

	/** The schema's {@code DeliveryOrderPayload}. */
	record DeliveryOrderPayload(DeliveryOrderDto order, List<UserError> errors) {
	}

}
