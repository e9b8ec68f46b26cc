package dev.huiju.bff.dining;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.errors.PageSizes;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.dining.DiningDtos.CanteenDto;
import dev.huiju.clients.dining.DiningDtos.DayFiguresDto;
import dev.huiju.clients.dining.DiningDtos.DeliveryOrderDto;
import dev.huiju.clients.dining.DiningDtos.DinerDto;
import dev.huiju.clients.dining.DiningDtos.DishDto;
import dev.huiju.clients.dining.DiningDtos.MealCountDto;
import dev.huiju.clients.dining.DiningDtos.MenuDto;
import dev.huiju.clients.dining.DiningDtos.RatingDto;
import dev.huiju.clients.dining.DiningDtos.RatingSummaryDto;
import dev.huiju.clients.dining.DiningDtos.ReservationDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.CanteenKind;
import dev.huiju.schema.generated.types.SubsidyStatus;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The dining queries, and the fields of dining's objects that reach further, each through a batch loader. */
@DgsComponent
class DiningDataFetcher {

	private static final int MAX_DAYS = 31;

	private final DiningClient dining;

	private final BusinessCalendar calendar;

	DiningDataFetcher(DiningClient dining, BusinessCalendar calendar) {
		this.dining = dining;
		this.calendar = calendar;
	}

	@DgsQuery(field = DgsConstants.QUERY.Canteens)
	Mono<List<CanteenDto>> canteens(@InputArgument CanteenKind kind, @InputArgument String districtId,
			@InputArgument String streetId) {
		return this.dining.read(api -> api.canteens((kind != null) ? kind.name() : null, districtId, streetId));
	}

	/** The caller's region from their token: a citizen's street, an account's street, district or city. */
	@DgsQuery(field = DgsConstants.QUERY.CanteensNearMe)
	Mono<List<CanteenDto>> canteensNearMe(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int limit = PageSizes.of(first, 20, 100);
		Caller caller = Callers.of(env);
		String level = (caller.regionLevel() != null) ? caller.regionLevel().toUpperCase(Locale.ROOT) : "STREET";
		String street = level.equals("STREET") ? caller.regionId() : null;
		String district = level.equals("DISTRICT") ? caller.regionId() : null;
		return this.dining.read(api -> api.canteens("COMMUNITY", district, street)).map(found -> firstOf(found, limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.Canteen)
	CompletableFuture<CanteenDto> canteen(@InputArgument String id, DgsDataFetchingEnvironment env) {
		long canteenId = CanonicalIds.parse(id, "id", "a canteen id");
		DataLoader<Long, CanteenDto> loader = env.getDataLoader(DiningLoaders.CANTEENS);
		return loader.load(canteenId).thenApply(found -> {
			if (found == null) {
				throw new DomainRejection("dining", 404, "NOT_FOUND", "canteen " + id + " does not exist", null);
			}
			return found;
		});
	}

	@DgsQuery(field = DgsConstants.QUERY.MyDiners)
	Mono<List<DinerDto>> myDiners() {
		return this.dining.read(api -> api.myDiners());
	}

	@DgsQuery(field = DgsConstants.QUERY.MyReservations)
	Mono<List<ReservationDto>> myReservations(@InputArgument LocalDate from, @InputArgument LocalDate to) {
		LocalDate first = (from != null) ? from : this.calendar.today();
		LocalDate last = (to != null) ? to : first.plusDays(6);
		return this.dining.read(api -> api.myReservations(first.toString(), last.toString()));
	}

	@DgsQuery(field = DgsConstants.QUERY.MyDeliveryOrders)
	Mono<List<DeliveryOrderDto>> myDeliveryOrders() {
		return this.dining.read(api -> api.myDeliveryOrders());
	}

	@DgsQuery(field = DgsConstants.QUERY.MySubsidyApplications)
	Mono<List<SubsidyDto>> mySubsidyApplications() {
		return this.dining.read(api -> api.mySubsidies());
	}

	@DgsQuery(field = DgsConstants.QUERY.MenusToReview)
	Mono<List<MenuDto>> menusToReview(@InputArgument Integer first) {
		int limit = PageSizes.of(first, 50, 200);
		return this.dining.read(api -> api.pendingMenus(limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.SubsidyApplications)
	Mono<List<SubsidyDto>> subsidyApplications(@InputArgument SubsidyStatus status, @InputArgument Integer first) {
		int limit = PageSizes.of(first, 50, 200);
		return this.dining.read(api -> api.subsidies((status != null) ? status.name() : null, limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.CanteenRanking)
	Mono<List<RatingSummaryDto>> canteenRanking(@InputArgument String districtId, @InputArgument CanteenKind kind,
			@InputArgument Integer first) {
		int limit = PageSizes.of(first, 10, 100);
		return this.dining.read(api -> api.ranking(districtId, (kind != null) ? kind.name() : null, limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.DiningStatistics)
	Mono<List<DayFiguresDto>> diningStatistics(@InputArgument LocalDate from, @InputArgument LocalDate to) {
		LocalDate last = (to != null) ? to : this.calendar.today();
		LocalDate first = (from != null) ? from : last.minusDays(6);
		return this.dining.read(api -> api.statistics(first.toString(), last.toString()));
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.Menus)
	CompletableFuture<List<MenuDto>> menus(@InputArgument LocalDate from, @InputArgument LocalDate to,
			@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int limit = PageSizes.of(first, 21, 93);
		CanteenDto canteen = env.getSource();
		LocalDate start = (from != null) ? from : this.calendar.today();
		LocalDate end = (to != null) ? to : start;
		if (end.isBefore(start) || start.plusDays(MAX_DAYS - 1).isBefore(end)) {
			throw new BadUserInput("menus are read for 1 to " + MAX_DAYS + " days at once");
		}
		DataLoader<DiningLoaders.MenuWindow, List<MenuDto>> loader = env.getDataLoader(DiningLoaders.MENUS);
		return loader.load(new DiningLoaders.MenuWindow(canteen.id(), start, end)).thenApply(menus -> firstOf(menus, limit));
	}

	@DgsData(parentType = DgsConstants.MENU.TYPE_NAME, field = DgsConstants.MENU.Dishes)
	List<DishDto> dishes(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		return firstOf(env.<MenuDto>getSource().dishes(), PageSizes.of(first, 20, 20));
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.Rating)
	CompletableFuture<RatingSummaryDto> rating(DgsDataFetchingEnvironment env) {
		CanteenDto canteen = env.getSource();
		DataLoader<Long, RatingSummaryDto> loader = env.getDataLoader(DiningLoaders.RATINGS);
		return loader.load(canteen.id());
	}

	/** A canteen's own comments: read for one canteen at a time, on its page. */
	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.Ratings)
	Mono<List<RatingDto>> ratings(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		CanteenDto canteen = env.getSource();
		int limit = PageSizes.of(first, 10, 100);
		return this.dining.read(api -> api.ratings(canteen.id(), limit));
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.MealCounts)
	Mono<List<MealCountDto>> mealCounts(@InputArgument LocalDate from, @InputArgument LocalDate to,
			DgsDataFetchingEnvironment env) {
		CanteenDto canteen = env.getSource();
		return this.dining.read(api -> api.counts(canteen.id(), from.toString(), to.toString()));
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.Operator)
	CompletableFuture<PersonDto> operator(DgsDataFetchingEnvironment env) {
		CanteenDto canteen = env.getSource();
		return DirectoryLoaders.person(env, canteen.operatorId());
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.OpensAt)
	String opensAt(DgsDataFetchingEnvironment env) {
		return env.<CanteenDto>getSource().opensAt().toString();
	}

	@DgsData(parentType = DgsConstants.CANTEEN.TYPE_NAME, field = DgsConstants.CANTEEN.ClosesAt)
	String closesAt(DgsDataFetchingEnvironment env) {
		return env.<CanteenDto>getSource().closesAt().toString();
	}

	@DgsData(parentType = DgsConstants.MENU.TYPE_NAME, field = DgsConstants.MENU.Canteen)
	CompletableFuture<CanteenDto> menuCanteen(DgsDataFetchingEnvironment env) {
		return canteenOf(env, env.<MenuDto>getSource().canteenId());
	}

	@DgsData(parentType = DgsConstants.RESERVATION.TYPE_NAME, field = DgsConstants.RESERVATION.Canteen)
	CompletableFuture<CanteenDto> reservationCanteen(DgsDataFetchingEnvironment env) {
		return canteenOf(env, env.<ReservationDto>getSource().canteenId());
	}

	@DgsData(parentType = DgsConstants.RESERVATION.TYPE_NAME, field = DgsConstants.RESERVATION.Menu)
	CompletableFuture<MenuDto> reservationMenu(DgsDataFetchingEnvironment env) {
		DataLoader<Long, MenuDto> loader = env.getDataLoader(DiningLoaders.MENUS_BY_ID);
		return loader.load(env.<ReservationDto>getSource().menuId());
	}

	@DgsData(parentType = DgsConstants.DELIVERYORDER.TYPE_NAME, field = DgsConstants.DELIVERYORDER.Canteen)
	CompletableFuture<CanteenDto> deliveryCanteen(DgsDataFetchingEnvironment env) {
		return canteenOf(env, env.<DeliveryOrderDto>getSource().canteenId());
	}

	@DgsData(parentType = DgsConstants.SUBSIDYAPPLICATION.TYPE_NAME, field = DgsConstants.SUBSIDYAPPLICATION.Diner)
	CompletableFuture<DinerDto> diner(DgsDataFetchingEnvironment env) {
		DataLoader<String, DinerDto> loader = env.getDataLoader(DiningLoaders.DINERS);
		return loader.load(env.<SubsidyDto>getSource().dinerId());
	}

	@DgsData(parentType = DgsConstants.SUBSIDYAPPLICATION.TYPE_NAME, field = DgsConstants.SUBSIDYAPPLICATION.Reviewer)
	CompletableFuture<PersonDto> reviewer(DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, env.<SubsidyDto>getSource().reviewerId());
	}

	private static CompletableFuture<CanteenDto> canteenOf(DgsDataFetchingEnvironment env, long id) {
		DataLoader<Long, CanteenDto> loader = env.getDataLoader(DiningLoaders.CANTEENS);
		return loader.load(id);
	}

	/** The first {@code limit} items: what the channel's cost was counted for is what is returned. */
	static <T> List<T> firstOf(List<T> items, int limit) {
		return (items.size() <= limit) ? items : items.subList(0, limit);
	}

}
