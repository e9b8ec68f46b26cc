package dev.huiju.bff.eldercare;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.Changes;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.clients.eldercare.EldercareApi;
import dev.huiju.clients.eldercare.EldercareClient;
import dev.huiju.clients.eldercare.EldercareDtos;
import dev.huiju.clients.eldercare.EldercareDtos.AlertDto;
import dev.huiju.clients.eldercare.EldercareDtos.ApplicationDto;
import dev.huiju.clients.eldercare.EldercareDtos.InstitutionDto;
import dev.huiju.clients.eldercare.EldercareDtos.ResidentDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.AlertIdInput;
import dev.huiju.schema.generated.types.ChangeResidentStatusInput;
import dev.huiju.schema.generated.types.DecideElderCareApplicationInput;
import dev.huiju.schema.generated.types.InstitutionPlaceInput;
import dev.huiju.schema.generated.types.RegisterResidentInput;
import dev.huiju.schema.generated.types.SubmitElderCareApplicationInput;
import dev.huiju.schema.generated.types.UserError;
import reactor.core.publisher.Mono;

/**
 * The elder care mutations. Each goes to the service with the caller's token; the service scopes it to the
 * caller's region, and a refusal by a rule comes back as a typed {@code UserError} with its stable reason.
 */
@DgsComponent
class EldercareMutations {

	private final EldercareClient eldercare;

	EldercareMutations(EldercareClient eldercare) {
		this.eldercare = eldercare;
	}

	@DgsMutation(field = DgsConstants.MUTATION.RegisterResident)
	Mono<ResidentPayload> registerResident(@InputArgument RegisterResidentInput input) {
		var request = new EldercareDtos.Registration(input.getName(), input.getIdNumber(), input.getBirthDate(),
				input.getStreetId(), input.getPhone(), input.getAddress(), input.getCareLevel());
		return change(() -> api -> api.register(request), r -> new ResidentPayload(r, List.of()),
				e -> new ResidentPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ChangeResidentStatus)
	Mono<ResidentPayload> changeResidentStatus(@InputArgument ChangeResidentStatusInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getResidentId(), "residentId", "a resident id");
			var request = new EldercareDtos.StatusChange(input.getStatus().name(), input.getReason(), input.getAttachmentRef());
			return api -> api.changeStatus(id, request);
		}, r -> new ResidentPayload(r, List.of()), e -> new ResidentPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.SubmitElderCareApplication)
	Mono<ApplicationPayload> submitElderCareApplication(@InputArgument SubmitElderCareApplicationInput input) {
		return change(() -> {
			long resident = CanonicalIds.parse(input.getResidentId(), "residentId", "a resident id");
			return api -> api.submit(new EldercareDtos.Submission(resident, input.getKind().name()));
		}, a -> new ApplicationPayload(a, List.of()), e -> new ApplicationPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.DecideElderCareApplication)
	Mono<ApplicationPayload> decideElderCareApplication(@InputArgument DecideElderCareApplicationInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getApplicationId(), "applicationId", "an application id");
			return api -> api.decide(id, new EldercareDtos.Decision(input.getApprove(), input.getOpinion()));
		}, a -> new ApplicationPayload(a, List.of()), e -> new ApplicationPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.JoinWaitingList)
	Mono<InstitutionPayload> joinWaitingList(@InputArgument InstitutionPlaceInput input) {
		return change(() -> {
			long institution = CanonicalIds.parse(input.getInstitutionId(), "institutionId", "an institution id");
			long resident = CanonicalIds.parse(input.getResidentId(), "residentId", "a resident id");
			return api -> api.joinWaiting(institution, new EldercareDtos.ResidentRef(resident))
				.flatMap(joined -> this.eldercare.evictInstitution(institution).thenReturn(joined));
		}, i -> new InstitutionPayload(i, List.of()), e -> new InstitutionPayload(null, e));
	}

	/** The institution's beds changed: its cached copy goes at once. */
	@DgsMutation(field = DgsConstants.MUTATION.AdmitToInstitution)
	Mono<InstitutionPayload> admitToInstitution(@InputArgument InstitutionPlaceInput input) {
		return change(() -> {
			long institution = CanonicalIds.parse(input.getInstitutionId(), "institutionId", "an institution id");
			long resident = CanonicalIds.parse(input.getResidentId(), "residentId", "a resident id");
			return api -> api.admit(institution, new EldercareDtos.ResidentRef(resident))
				.flatMap(admitted -> this.eldercare.evictInstitution(institution).thenReturn(admitted));
		}, i -> new InstitutionPayload(i, List.of()), e -> new InstitutionPayload(null, e));
	}

	@DgsMutation(field = DgsConstants.MUTATION.CloseSupervisionAlert)
	Mono<AlertPayload> closeSupervisionAlert(@InputArgument AlertIdInput input) {
		return change(() -> {
			long id = CanonicalIds.parse(input.getAlertId(), "alertId", "an alert id");
			return api -> api.closeAlert(id);
		}, a -> new AlertPayload(a, List.of()), e -> new AlertPayload(null, e));
	}

	private <T, P> Mono<P> change(Supplier<Function<EldercareApi, Mono<T>>> call, Function<T, P> done,
			Function<List<UserError>, P> refused) {
		return Changes.answer(call, this.eldercare::change, done, refused);
	}

	/** The schema's {@code ResidentPayload}. */
	record ResidentPayload(ResidentDto resident, List<UserError> errors) {
	}

	/** The schema's {@code ElderCareApplicationPayload}. */
	record ApplicationPayload(ApplicationDto application, List<UserError> errors) {
	}

	/** The schema's {@code InstitutionPayload}. */
	record InstitutionPayload(InstitutionDto institution, List<UserError> errors) {
	}

	/** The schema's {@code SupervisionAlertPayload}. */
	record AlertPayload(AlertDto alert, List<UserError> errors) {
	}

}
