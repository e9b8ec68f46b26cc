package dev.huiju.bff.directory;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.GraphQlErrors;
import dev.huiju.bff.errors.UserErrors;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.directory.DirectoryDtos.RegionDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.ErrorCode;
import dev.huiju.schema.generated.types.UpdateMyContactInput;
import dev.huiju.schema.generated.types.UserError;
import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The caller, and the links from people and departments to departments and regions. */
@DgsComponent
class DirectoryDataFetcher {

	private final DirectoryClient directory;

	DirectoryDataFetcher(DirectoryClient directory) {
		this.directory = directory;
	}

	@DgsQuery(field = DgsConstants.QUERY.Me)
	ViewerView me(DgsDataFetchingEnvironment env) {
		Caller caller = Callers.of(env);
		return new ViewerView(caller.userId(), caller.sortedRoles(), caller.clearance().name(), caller.channel(),
				caller.terminalId());
	}

	@DgsQuery(field = DgsConstants.QUERY.Person)
	CompletableFuture<DataFetcherResult<PersonDto>> person(@InputArgument String id, DgsDataFetchingEnvironment env) {
		return DirectoryLoaders.person(env, id).thenApply(found -> (found != null)
				? DataFetcherResult.<PersonDto>newResult().data(found).build()
				: DataFetcherResult.<PersonDto>newResult()
					.error(GraphQlErrors.error(env, ErrorCode.NOT_FOUND, "person " + id + " does not exist"))
					.build());
	}

	@DgsQuery(field = DgsConstants.QUERY.DepartmentPeople)
	Mono<List<PersonDto>> departmentPeople(@InputArgument String departmentId) {
		return this.directory.peopleOfDepartment(departmentId);
	}

	@DgsMutation(field = DgsConstants.MUTATION.UpdateMyContact)
	Mono<ContactPayload> updateMyContact(@InputArgument UpdateMyContactInput input, DgsDataFetchingEnvironment env) {
		return this.directory.updatePhone(Callers.of(env).userId(), input.getPhone())
			.map(person -> new ContactPayload(person, List.of()))
			.onErrorResume(DomainRejection.class, r -> Mono.just(new ContactPayload(null, List.of(UserErrors.of(r)))));
	}

	/** The schema's {@code ContactPayload}. */
	record ContactPayload(PersonDto person, List<UserError> errors) {
	}

	@DgsData(parentType = DgsConstants.VIEWER.TYPE_NAME, field = DgsConstants.VIEWER.Person)
	CompletableFuture<PersonDto> viewerPerson(DgsDataFetchingEnvironment env) {
		ViewerView viewer = env.getSource();
		return DirectoryLoaders.person(env, viewer.userId());
	}

	@DgsData(parentType = DgsConstants.PERSON.TYPE_NAME, field = DgsConstants.PERSON.Department)
	CompletableFuture<DepartmentDto> personDepartment(DgsDataFetchingEnvironment env) {
		PersonDto person = env.getSource();
		return DirectoryLoaders.department(env, person.departmentId());
	}

	@DgsData(parentType = DgsConstants.PERSON.TYPE_NAME, field = DgsConstants.PERSON.Region)
	CompletableFuture<RegionDto> personRegion(DgsDataFetchingEnvironment env) {
		PersonDto person = env.getSource();
		return region(env, person.regionId());
	}

	@DgsData(parentType = DgsConstants.DEPARTMENT.TYPE_NAME, field = DgsConstants.DEPARTMENT.Region)
	CompletableFuture<RegionDto> departmentRegion(DgsDataFetchingEnvironment env) {
		DepartmentDto department = env.getSource();
		return region(env, department.regionId());
	}

	private static CompletableFuture<RegionDto> region(DgsDataFetchingEnvironment env, String id) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		DataLoader<String, RegionDto> loader = env.getDataLoader(DirectoryLoaders.REGIONS);
		return loader.load(id);
	}

}
