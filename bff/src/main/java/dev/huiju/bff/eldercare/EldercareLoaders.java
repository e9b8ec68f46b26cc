package dev.huiju.bff.eldercare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.dining.DiningClient;
import dev.huiju.clients.dining.DiningDtos.ResidentMealsDto;
import dev.huiju.clients.eldercare.EldercareClient;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import dev.huiju.clients.eldercare.EldercareDtos.InstitutionDto;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** The batch loaders of elder care: every resident or institution a level of the query names, in one call. */
final class EldercareLoaders {

	static final String RESIDENTS = "residents";

	static final String INSTITUTIONS = "institutions";

	static final String RESIDENT_APPLICATIONS = "residentApplications";

	static final String RESIDENT_MEALS = "residentMeals";

	private EldercareLoaders() {
	}

	/** Residents of the caller's region by id; others are absent, so their fields are null. */
	@DgsDataLoader(name = RESIDENTS)
	static class Residents implements MappedBatchLoaderWithContext<Long, ResidentDto> {

		private final EldercareClient eldercare;

		Residents(EldercareClient eldercare) {
			this.eldercare = eldercare;
		}

		@Override
		public CompletionStage<Map<Long, ResidentDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return this.eldercare.residentsByIds(ids).contextWrite(Callers.context(env)).toFuture();
		}

	}

	/** Every application of each resident a level of the query names, in one call. */
	@DgsDataLoader(name = RESIDENT_APPLICATIONS)
	static class ResidentApplications implements MappedBatchLoaderWithContext<Long, List<ApplicationDto>> {

		private final EldercareClient eldercare;

		ResidentApplications(EldercareClient eldercare) {
			this.eldercare = eldercare;
		}

		@Override
		public CompletionStage<Map<Long, List<ApplicationDto>>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return this.eldercare.applicationsOfResidents(ids).contextWrite(Callers.context(env)).toFuture();
		}

	}

	/**
	 * What dining holds of each resident a level of the query names (the diner, subsidies, reservations), in one
	 * call to dining: the link between the two domains is dining's, which records which diner a resident is.
	 */
	@DgsDataLoader(name = RESIDENT_MEALS)
	static class ResidentMeals implements MappedBatchLoaderWithContext<Long, ResidentMealsDto> {

		private final DiningClient dining;

		ResidentMeals(DiningClient dining) {
			this.dining = dining;
		}

		@Override
		public CompletionStage<Map<Long, ResidentMealsDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return this.dining.residentMeals(ids).contextWrite(Callers.context(env)).toFuture();
		}

	}

	/** Institutions by id, through the reference-data cache. */
	@DgsDataLoader(name = INSTITUTIONS)
	static class Institutions implements MappedBatchLoaderWithContext<Long, InstitutionDto> {

		private final EldercareClient eldercare;

		Institutions(EldercareClient eldercare) {
			this.eldercare = eldercare;
		}

		@Override
		public CompletionStage<Map<Long, InstitutionDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
			return this.eldercare.institutionsByIds(ids).contextWrite(Callers.context(env)).toFuture();
		}

	}

}
