package dev.huiju.clients.dining;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the dining service answers and accepts. Enumerations travel as their names; money in fen. */
public final class DiningDtos {

	private DiningDtos() {
	}

	public record CanteenDto(long id, String name, String kind, String districtId, String streetId, String address,
			int seats, LocalTime opensAt, LocalTime closesAt, boolean delivers, String licenceStatus,
			LocalDate licenceExpires, String operatorId) {
	}

	public record DishDto(String name, int priceFen, List<String> allergens, int kcal, int proteinG) {
	}

	public record MenuDto(long id, long canteenId, LocalDate day, String meal, int priceFen, String status,
			String reviewerId, String opinion, OffsetDateTime reviewedAt, List<DishDto> dishes) {
	}

	public record MealCountDto(LocalDate day, String meal, long dineIn, long delivered) {
	}

	/**
	 * A registered diner. {@code regionPath} ("city/d-east/s-riverside") is what the BFF's rules for personal
	 * data read to decide whether a caller's region holds the diner.
	 */
	public record DinerDto(String id, String name, String districtId, String streetId, String address, String phone) {

		public String regionPath() {
			return "city/" + this.districtId + "/" + this.streetId;
		}

	}

	/** What dining holds of an elder-care resident who is a diner: the diner, subsidies, the month's reservations. */
	public record ResidentMealsDto(long residentId, DinerDto diner, List<SubsidyDto> subsidies,
			List<ReservationDto> reservations) {
	}

	public record ReservationDto(long id, long canteenId, long menuId, LocalDate day, String meal, String dinerId,
			String bookedBy, boolean delivery, String status, int listFen, int chargedFen, Long subsidyId,
			OffsetDateTime createdAt, OffsetDateTime cancelledAt) {
	}

	public record DeliveryChangeDto(String kind, LocalDate effectiveOn, String requestedBy, OffsetDateTime requestedAt) {
	}

	public record DeliveryOrderDto(long id, long canteenId, String dinerId, String meal, String address,
			LocalDate startsOn, LocalDate pausedFrom, LocalDate resumesOn, LocalDate stoppedFrom, String state,
			List<DeliveryChangeDto> changes) {
	}

	public record RatingDto(long id, long canteenId, String month, int price, int environment, int service, int taste,
			String comment, String visibility, OffsetDateTime createdAt, boolean mine) {
	}

	public record RatingSummaryDto(long canteenId, String canteenName, String districtId, long ratings, double price,
			double environment, double service, double taste, double overall) {
	}

	public record SubsidyDto(long id, String dinerId, String appliedBy, String districtId, String streetId,
			String reason, String status, String reviewerId, String opinion, OffsetDateTime reviewedAt,
			OffsetDateTime createdAt) {
	}

	public record DayFiguresDto(String districtId, LocalDate day, long reservations, long mealsServed, long delivered,
			long subsidisedMeals, long chargedFen, long ratings, Double averageRating, long subsidyApplications,
			long subsidiesApproved) {
	}

	public record MenuRequest(Long canteenId, LocalDate day, String meal, Integer priceFen, List<DishRequest> dishes) {
	}

	public record DishRequest(String name, Integer priceFen, List<String> allergens, Integer kcal, Integer proteinG) {
	}

	public record ReviewRequest(Boolean approve, String opinion) {
	}

	public record ReservationRequest(Long menuId, String dinerId, Boolean delivery) {
	}

	public record RatingRequest(Long canteenId, String dinerId, Integer price, Integer environment, Integer service,
			Integer taste, String comment) {
	}

	public record VisibilityRequest(String visibility) {
	}

	public record SubsidyRequest(String dinerId, String reason) {
	}

	public record DeliveryStart(Long canteenId, String dinerId, String meal, LocalDate startsOn, String address) {
	}

	public record DeliveryPause(LocalDate from, LocalDate until) {
	}

	public record DeliveryResume(LocalDate on) {
	}

	public record DeliveryStop(LocalDate from) {
	}

	public record CanteenChange(Integer seats, LocalTime opensAt, LocalTime closesAt, Boolean delivers) {
	}

	public record LicenceRecord(String status, LocalDate expires) {
	}

}
