package dev.huiju.bff.documents;

import java.util.List;
import java.util.function.Function;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.errors.UserErrors;
import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.DomainRejection;
import dev.huiju.clients.documents.DocumentsApi;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos;
import dev.huiju.clients.documents.DocumentsDtos.DelegationDto;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.ConvertIncomingDocumentInput;
import dev.huiju.schema.generated.types.DecideDocumentInput;
import dev.huiju.schema.generated.types.DelegateApprovalInput;
import dev.huiju.schema.generated.types.DocumentIdInput;
import dev.huiju.schema.generated.types.DraftDocumentInput;
import dev.huiju.schema.generated.types.EditDocumentInput;
import dev.huiju.schema.generated.types.IssueDocumentInput;
import dev.huiju.schema.generated.types.RegisterIncomingDocumentInput;
import dev.huiju.schema.generated.types.ReclassifyDocumentInput;
import dev.huiju.schema.generated.types.SubmitDocumentInput;
import dev.huiju.schema.generated.types.UserError;
import dev.huiju.schema.generated.types.WithdrawDocumentInput;
import reactor.core.publisher.Mono;

/**
 * The document lifecycle mutations. Each goes to the documents service with the caller's token, which names
 * the acting user there;
 * a refusal (bad input, illegal transition, not permitted) comes back as a typed {@code UserError} in the
 * payload, and a failure of the service as an {@code UNAVAILABLE} error.
 */
@DgsComponent
class DocumentMutations {

	private final DocumentsClient documents;

	DocumentMutations(DocumentsClient documents) {
		this.documents = documents;
	}

	@DgsMutation(field = DgsConstants.MUTATION.DraftDocument)
	Mono<DocumentPayload> draftDocument(@InputArgument DraftDocumentInput input, DgsDataFetchingEnvironment env) {
		Caller caller = Callers.of(env);
		var request = new DocumentsDtos.DraftRequest(name(input.getKind()), input.getTitle(), input.getBody(),
				name(input.getClassification()), name(input.getUrgency()),
				or(input.getDepartmentId(), caller.departmentId()), input.getDueDate());
		return change(api -> api.draft(request));
	}

	@DgsMutation(field = DgsConstants.MUTATION.EditDocument)
	Mono<DocumentPayload> editDocument(@InputArgument EditDocumentInput input, DgsDataFetchingEnvironment env) {
		var request = new DocumentsDtos.EditRequest(input.getExpectedVersion(), input.getTitle(), input.getBody(),
				name(input.getClassification()), name(input.getUrgency()), input.getDueDate());
		return onDocument(input.getId(), id -> api -> api.edit(id, request));
	}

	@DgsMutation(field = DgsConstants.MUTATION.SubmitDocument)
	Mono<DocumentPayload> submitDocument(@InputArgument SubmitDocumentInput input, DgsDataFetchingEnvironment env) {
		var steps = input.getSteps().stream()
			.map(s -> new DocumentsDtos.StepRequest(name(s.getKind()), s.getAssigneeId()))
			.toList();
		return onDocument(input.getId(),
				id -> api -> api.submit(id, new DocumentsDtos.SubmitRequest(steps)));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ApproveDocument)
	Mono<DocumentPayload> approveDocument(@InputArgument DecideDocumentInput input, DgsDataFetchingEnvironment env) {
		return decide(input, true);
	}

	@DgsMutation(field = DgsConstants.MUTATION.RejectDocument)
	Mono<DocumentPayload> rejectDocument(@InputArgument DecideDocumentInput input, DgsDataFetchingEnvironment env) {
		return decide(input, false);
	}

	@DgsMutation(field = DgsConstants.MUTATION.WithdrawDocument)
	Mono<DocumentPayload> withdrawDocument(@InputArgument WithdrawDocumentInput input,
			DgsDataFetchingEnvironment env) {
		return onDocument(input.getId(), id -> api -> api.withdraw(id,
				new DocumentsDtos.WithdrawRequest(input.getReason())));
	}

	@DgsMutation(field = DgsConstants.MUTATION.IssueDocument)
	Mono<DocumentPayload> issueDocument(@InputArgument IssueDocumentInput input, DgsDataFetchingEnvironment env) {
		return onDocument(input.getId(), id -> api -> api.issue(id,
				new DocumentsDtos.IssueRequest(input.getDocNo(), input.getRecipientIds())));
	}

	@DgsMutation(field = DgsConstants.MUTATION.RegisterIncomingDocument)
	Mono<DocumentPayload> registerIncomingDocument(@InputArgument RegisterIncomingDocumentInput input,
			DgsDataFetchingEnvironment env) {
		Caller caller = Callers.of(env);
		var request = new DocumentsDtos.RegisterIncomingRequest(input.getTitle(), input.getBody(), input.getDocNo(),
				input.getSourceOrg(), name(input.getClassification()), name(input.getUrgency()),
				or(input.getDepartmentId(), caller.departmentId()), input.getDueDate(), input.getRecipientIds());
		return change(api -> api.registerIncoming(request));
	}

	@DgsMutation(field = DgsConstants.MUTATION.MarkDocumentRead)
	Mono<DocumentPayload> markDocumentRead(@InputArgument DocumentIdInput input, DgsDataFetchingEnvironment env) {
		return onDocument(input.getId(), id -> api -> api.markRead(id));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ArchiveDocument)
	Mono<DocumentPayload> archiveDocument(@InputArgument DocumentIdInput input, DgsDataFetchingEnvironment env) {
		return onDocument(input.getId(), id -> api -> api.archive(id));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ConvertIncomingDocument)
	Mono<DocumentPayload> convertIncomingDocument(@InputArgument ConvertIncomingDocumentInput input,
			DgsDataFetchingEnvironment env) {
		Caller caller = Callers.of(env);
		return onDocument(input.getId(), id -> api -> api.convert(id,
				new DocumentsDtos.ConvertRequest(caller.departmentId(), input.getTitle())));
	}

	@DgsMutation(field = DgsConstants.MUTATION.ReclassifyDocument)
	Mono<DocumentPayload> reclassifyDocument(@InputArgument ReclassifyDocumentInput input) {
		return onDocument(input.getId(), id -> api -> api.reclassify(id,
				new DocumentsDtos.ReclassifyRequest(name(input.getClassification()), input.getReason())));
	}

	@DgsMutation(field = DgsConstants.MUTATION.DelegateApproval)
	Mono<DelegationPayload> delegateApproval(@InputArgument DelegateApprovalInput input,
			DgsDataFetchingEnvironment env) {
		var request = new DocumentsDtos.DelegationRequest(input.getDelegateId(), input.getStartsAt(),
				input.getEndsAt());
		return this.documents.<DelegationDto>change(api -> api.delegate(request))
			.map(d -> new DelegationPayload(d, List.of()))
			.onErrorResume(DomainRejection.class,
					r -> Mono.just(new DelegationPayload(null, List.of(UserErrors.of(r)))));
	}

	private Mono<DocumentPayload> decide(DecideDocumentInput input, boolean approve) {
		return onDocument(input.getId(), id -> api -> api.decide(id,
				new DocumentsDtos.DecisionRequest(approve, input.getOpinion())));
	}

	private Mono<DocumentPayload> onDocument(String rawId,
			Function<Long, Function<DocumentsApi, Mono<DocumentDto>>> call) {
		long id;
		try {
			id = CanonicalIds.parse(rawId, "id", "a document id");
		}
		catch (BadUserInput bad) {
			return Mono.just(new DocumentPayload(null, List.of(UserErrors.of(bad))));
		}
		return change(call.apply(id));
	}

	private Mono<DocumentPayload> change(Function<DocumentsApi, Mono<DocumentDto>> call) {
		return this.documents.change(call)
			.map(d -> new DocumentPayload(d, List.of()))
			.onErrorResume(DomainRejection.class, r -> Mono.just(new DocumentPayload(null, List.of(UserErrors.of(r)))));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String or(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/** The schema's {@code DocumentPayload}. */
	record DocumentPayload(DocumentDto document, List<UserError> errors) {
	}

	/** The schema's {@code DelegationPayload}. */
	record DelegationPayload(DelegationDto delegation, List<UserError> errors) {
	}

}
