package dev.huiju.bff.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.errors.PageSizes;
import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.dining.DiningDtos.DinerDto;
import dev.huiju.clients.dining.DiningDtos.ReservationDto;
import dev.huiju.clients.dining.DiningDtos.ResidentMealsDto;
import dev.huiju.clients.dining.DiningDtos.SubsidyDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.eldercare.EldercareClient;
import dev.huiju.clients.eldercare.EldercareDtos.AlertDto;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import dev.huiju.clients.eldercare.EldercareDtos.DecisionDto;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictDayDto;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictLightsDto;
import dev.huiju.clients.eldercare.EldercareDtos.DistrictNowDto;
import dev.huiju.clients.eldercare.EldercareDtos.IdNumberSearch;
import dev.huiju.clients.eldercare.EldercareDtos.InstitutionDto;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentDto;
import dev.huiju.clients.eldercare.EldercareDtos.StatusChangeDto;
import dev.huiju.clients.eldercare.EldercareDtos.WaitingDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.ElderCareApplicationStatus;
import dev.huiju.schema.generated.types.ResidentStatus;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The elder care queries, and the fields that reach further, each through a batch loader. */
@DgsComponent
class EldercareDataFetcher {

	/** An application still waiting for the street or the district. */
	private static final Set<String> OPEN = Set.of("SUBMITTED", "STREET_APPROVED");

	private final EldercareClient eldercare;

	private final BusinessCalendar calendar;

	EldercareDataFetcher(EldercareClient eldercare, BusinessCalendar calendar) {
		this.eldercare = eldercare;
		this.calendar = calendar;
	}

	@DgsQuery(field = DgsConstants.QUERY.Resident)
	CompletableFuture<ResidentDto> resident(@InputArgument String id, DgsDataFetchingEnvironment env) {
		long residentId = CanonicalIds.parse(id, "id", "a resident id");
		return residentOf(env, residentId).thenApply(found -> {
			if (found == null) {
				throw new DomainRejection("eldercare", 404, "NOT_FOUND", "resident " + id + " does not exist", null);
			}
			return found;
		});
	}

	@DgsQuery(field = DgsConstants.QUERY.Residents)
	Mono<List<ResidentDto>> residents(@InputArgument String streetId, @InputArgument ResidentStatus status,
			@InputArgument Integer first, @InputArgument String after) {
		int limit = PageSizes.of(first, 20, 200);
		long afterId = (after != null) ? CanonicalIds.parse(after, "after", "a resident id") : 0;
		return this.eldercare.read(api -> api.residents(streetId, (status != null) ? status.name() : null, afterId, limit));
	}

	/** The ID number goes to the service in a request body, never in a URL. */
	@DgsQuery(field = DgsConstants.QUERY.ResidentByIdNumber)
	Mono<ResidentDto> residentByIdNumber(@InputArgument String idNumber) {
		return this.eldercare.read(api -> api.residentsByIdNumber(new IdNumberSearch(idNumber)))
			.flatMap(found -> found.isEmpty() ? Mono.empty() : Mono.just(found.get(0)));
	}

	@DgsQuery(field = DgsConstants.QUERY.ElderCareApplications)
	Mono<List<ApplicationDto>> elderCareApplications(@InputArgument ElderCareApplicationStatus status,
			@InputArgument Integer first) {
		int limit = PageSizes.of(first, 50, 200);
		return this.eldercare.read(api -> api.applications((status != null) ? status.name() : null, limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.Institutions)
	Mono<List<InstitutionDto>> institutions() {
		return this.eldercare.read(api -> api.institutions());
	}

	@DgsQuery(field = DgsConstants.QUERY.SupervisionAlerts)
	Mono<List<AlertDto>> supervisionAlerts(@InputArgument Boolean open, @InputArgument Integer first) {
		int limit = PageSizes.of(first, 50, 200);
		return this.eldercare.read(api -> api.alerts(!Boolean.FALSE.equals(open), limit));
	}

	@DgsQuery(field = DgsConstants.QUERY.AlertLightsByDistrict)
	Mono<List<DistrictLightsDto>> alertLightsByDistrict() {
		return this.eldercare.read(api -> api.lightsByDistrict());
	}

	@DgsQuery(field = DgsConstants.QUERY.ElderCareStatistics)
	Mono<List<DistrictDayDto>> elderCareStatistics(@InputArgument LocalDate from, @InputArgument LocalDate to) {
		LocalDate last = (to != null) ? to : this.calendar.today();
		LocalDate start = (from != null) ? from : last.minusDays(6);
		return this.eldercare.read(api -> api.statistics(start.toString(), last.toString()));
	}

	@DgsQuery(field = DgsConstants.QUERY.ElderCareNow)
	Mono<List<DistrictNowDto>> elderCareNow() {
		return this.eldercare.read(api -> api.statisticsNow());
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.BirthDate)
	String birthDate(DgsDataFetchingEnvironment env) {
		return env.<ResidentDto>getSource().birthDate().toString();
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.StatusChanges)
	Mono<List<StatusChangeDto>> statusChanges(DgsDataFetchingEnvironment env) {
		ResidentDto resident = env.getSource();
		return this.eldercare.read(api -> api.statusChanges(resident.id()));
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.Applications)
	CompletableFuture<List<ApplicationDto>> applications(@InputArgument Boolean open, DgsDataFetchingEnvironment env) {
		DataLoader<Long, List<ApplicationDto>> loader = env.getDataLoader(EldercareLoaders.RESIDENT_APPLICATIONS);
		return loader.load(env.<ResidentDto>getSource().id()).thenApply(found -> (found == null) ? List.of()
				: found.stream().filter(a -> !Boolean.TRUE.equals(open) || OPEN.contains(a.status())).toList());
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.Diner)
	CompletableFuture<DinerDto> diner(DgsDataFetchingEnvironment env) {
		return mealsOf(env).thenApply(meals -> (meals == null) ? null : meals.diner());
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.MealSubsidies)
	CompletableFuture<List<SubsidyDto>> mealSubsidies(DgsDataFetchingEnvironment env) {
		return mealsOf(env).thenApply(meals -> (meals == null) ? List.of() : meals.subsidies());
	}

	@DgsData(parentType = DgsConstants.RESIDENT.TYPE_NAME, field = DgsConstants.RESIDENT.MealReservations)
	CompletableFuture<List<ReservationDto>> mealReservations(DgsDataFetchingEnvironment env) {
		return mealsOf(env).thenApply(meals -> (meals == null) ? List.of() : meals.reservations());
	}

	private static CompletableFuture<ResidentMealsDto> mealsOf(DgsDataFetchingEnvironment env) {
		DataLoader<Long, ResidentMealsDto> loader = env.getDataLoader(EldercareLoaders.RESIDENT_MEALS);
		return loader.load(env.<ResidentDto>getSource().id());
	}

	@DgsData(parentType = DgsConstants.RESIDENTSTATUSCHANGE.TYPE_NAME, field = DgsConstants.RESIDENTSTATUSCHANGE.ChangedBy)
	CompletableFuture<PersonDto> changedBy(DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, env.<StatusChangeDto>getSource().changedBy());
	}

	@DgsData(parentType = DgsConstants.ELDERCAREAPPLICATION.TYPE_NAME, field = DgsConstants.ELDERCAREAPPLICATION.Resident)
	CompletableFuture<ResidentDto> applicant(DgsDataFetchingEnvironment env) {
		return residentOf(env, env.<ApplicationDto>getSource().residentId());
	}

	@DgsData(parentType = DgsConstants.ELDERCAREAPPLICATION.TYPE_NAME, field = DgsConstants.ELDERCAREAPPLICATION.AppliedBy)
	CompletableFuture<PersonDto> appliedBy(DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, env.<ApplicationDto>getSource().appliedBy());
	}

	@DgsData(parentType = DgsConstants.ELDERCAREDECISION.TYPE_NAME, field = DgsConstants.ELDERCAREDECISION.Reviewer)
	CompletableFuture<PersonDto> reviewer(DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, env.<DecisionDto>getSource().reviewerId());
	}

	/** One institution's list, on its page. */
	@DgsData(parentType = DgsConstants.INSTITUTION.TYPE_NAME, field = DgsConstants.INSTITUTION.WaitingList)
	Mono<List<WaitingDto>> waitingList(DgsDataFetchingEnvironment env) {
		InstitutionDto institution = env.getSource();
		return this.eldercare.read(api -> api.waiting(institution.id()));
	}

	@DgsData(parentType = DgsConstants.WAITINGENTRY.TYPE_NAME, field = DgsConstants.WAITINGENTRY.Resident)
	CompletableFuture<ResidentDto> waiting(DgsDataFetchingEnvironment env) {
		return residentOf(env, env.<WaitingDto>getSource().residentId());
	}

	@DgsData(parentType = DgsConstants.SUPERVISIONALERT.TYPE_NAME, field = DgsConstants.SUPERVISIONALERT.Institution)
	CompletableFuture<InstitutionDto> institution(DgsDataFetchingEnvironment env) {
		DataLoader<Long, InstitutionDto> loader = env.getDataLoader(EldercareLoaders.INSTITUTIONS);
		return loader.load(env.<AlertDto>getSource().institutionId());
	}

	@DgsData(parentType = DgsConstants.SUPERVISIONALERT.TYPE_NAME, field = DgsConstants.SUPERVISIONALERT.ClosedBy)
	CompletableFuture<PersonDto> closedBy(DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, env.<AlertDto>getSource().closedBy());
	}

	private static CompletableFuture<ResidentDto> residentOf(DgsDataFetchingEnvironment env, long id) {
		DataLoader<Long, ResidentDto> loader = env.getDataLoader(EldercareLoaders.RESIDENTS);
		return loader.load(id);
	}

}
