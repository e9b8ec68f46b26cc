package dev.huiju.clients.dining;

import java.util.List;

import dev.huiju.clients.dining.DiningDtos.CanteenChange;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.DayFiguresDto;
import dev.huiju.clients.dining.DiningDtos.DeliveryOrderDto;
import dev.huiju.clients.dining.DiningDtos.DeliveryPause;
import dev.huiju.clients.dining.DiningDtos.DeliveryResume;
import dev.huiju.clients.dining.DiningDtos.DeliveryStart;
import dev.huiju.clients.dining.DiningDtos.DeliveryStop;
import dev.huiju.clients.dining.DiningDtos.DinerDto;
import dev.huiju.clients.dining.DiningDtos.LicenceRecord;
import dev.huiju.clients.dining.DiningDtos.MealCountDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.MenuRequest;
import dev.huiju.clients.dining.DiningDtos.RatingDto;
import dev.huiju.clients.dining.DiningDtos.RatingRequest;
import dev.huiju.clients.dining.DiningDtos.RatingSummaryDto;
import dev.huiju.clients.dining.DiningDtos.ReservationDto;
import dev.huiju.clients.dining.DiningDtos.ReservationRequest;
import dev.huiju.clients.dining.DiningDtos.ReviewRequest;
import dev.huiju.clients.dining.DiningDtos.ResidentMealsDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyRequest;
import dev.huiju.clients.dining.DiningDtos.VisibilityRequest;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The dining service's HTTP interface; every call carries the caller's token, which names the actor. */
@HttpExchange(accept = "application/json")
public interface DiningApi {

	@GetExchange("/canteens")
	Mono<List<CanteenDto>> canteens(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "districtId", required = false) String districtId,
			@RequestParam(name = "streetId", required = false) String streetId);

	@GetExchange("/canteens")
	Mono<List<CanteenDto>> canteensByIds(@RequestParam("ids") String ids);

	@GetExchange("/canteens/{id}/counts")
	Mono<List<MealCountDto>> counts(@PathVariable long id, @RequestParam("from") String from, @RequestParam("to") String to);

	@PutExchange("/canteens/{id}")
	Mono<CanteenDto> changeCanteen(@PathVariable long id, @RequestBody CanteenChange change);

	@PutExchange("/canteens/{id}/licence")
	Mono<CanteenDto> recordLicence(@PathVariable long id, @RequestBody LicenceRecord record);

	@GetExchange("/menus")
	Mono<List<MenuDto>> menus(@RequestParam("canteenIds") String canteenIds, @RequestParam("from") String from,
			@RequestParam("to") String to);

	@GetExchange("/menus")
	Mono<List<MenuDto>> menusByIds(@RequestParam("ids") String ids);

	@GetExchange("/menus/pending")
	Mono<List<MenuDto>> pendingMenus(@RequestParam("limit") int limit);

	@PostExchange("/menus")
	Mono<MenuDto> publishMenu(@RequestBody MenuRequest request);

	@PostExchange("/menus/{id}/review")
	Mono<MenuDto> reviewMenu(@PathVariable long id, @RequestBody ReviewRequest request);

	@GetExchange("/diners/mine")
	Mono<List<DinerDto>> myDiners();

	@GetExchange("/diners")
	Mono<List<DinerDto>> dinersByIds(@RequestParam("ids") String ids);

	@GetExchange("/residents/meals")
	Mono<List<ResidentMealsDto>> residentMeals(@RequestParam("ids") String residentIds);

	@GetExchange("/reservations/mine")
	Mono<List<ReservationDto>> myReservations(@RequestParam("from") String from, @RequestParam("to") String to);

	@PostExchange("/reservations")
	Mono<ReservationDto> reserve(@RequestBody ReservationRequest request);

	@PostExchange("/reservations/{id}/cancel")
	Mono<ReservationDto> cancelReservation(@PathVariable long id);

	@GetExchange("/delivery-orders/mine")
	Mono<List<DeliveryOrderDto>> myDeliveryOrders();

	@PostExchange("/delivery-orders")
	Mono<DeliveryOrderDto> startDelivery(@RequestBody DeliveryStart request);

	@PostExchange("/delivery-orders/{id}/pause")
	Mono<DeliveryOrderDto> pauseDelivery(@PathVariable long id, @RequestBody DeliveryPause request);

	@PostExchange("/delivery-orders/{id}/resume")
	Mono<DeliveryOrderDto> resumeDelivery(@PathVariable long id, @RequestBody DeliveryResume request);

	@PostExchange("/delivery-orders/{id}/stop")
	Mono<DeliveryOrderDto> stopDelivery(@PathVariable long id, @RequestBody DeliveryStop request);

	@GetExchange("/ratings")
	Mono<List<RatingDto>> ratings(@RequestParam("canteenId") long canteenId, @RequestParam("limit") int limit);

	@GetExchange("/ratings/summary")
	Mono<List<RatingSummaryDto>> ratingSummaries(@RequestParam("canteenIds") String canteenIds);

	@GetExchange("/ratings/ranking")
	Mono<List<RatingSummaryDto>> ranking(@RequestParam(name = "districtId", required = false) String districtId,
			@RequestParam(name = "kind", required = false) String kind, @RequestParam("limit") int limit);

	@PostExchange("/ratings")
	Mono<RatingDto> rate(@RequestBody RatingRequest request);

	@PostExchange("/ratings/{id}/visibility")
	Mono<RatingDto> ratingVisibility(@PathVariable long id, @RequestBody VisibilityRequest request);

	@GetExchange("/subsidies/mine")
	Mono<List<SubsidyDto>> mySubsidies();

	@GetExchange("/subsidies")
	Mono<List<SubsidyDto>> subsidies(@RequestParam(name = "status", required = false) String status,
			@RequestParam("limit") int limit);

	@PostExchange("/subsidies")
	Mono<SubsidyDto> applyForSubsidy(@RequestBody SubsidyRequest request);

	@PostExchange("/subsidies/{id}/review")
	Mono<SubsidyDto> reviewSubsidy(@PathVariable long id, @RequestBody ReviewRequest request);

	@GetExchange("/statistics")
	Mono<List<DayFiguresDto>> statistics(@RequestParam("from") String from, @RequestParam("to") String to);

}
