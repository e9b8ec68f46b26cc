package dev.huiju.clients.documents;

import java.util.List;

import dev.huiju.clients.documents.DocumentsDtos.ConvertRequest;
import dev.huiju.clients.documents.DocumentsDtos.DecisionRequest;
import dev.huiju.clients.documents.DocumentsDtos.DelegationDto;
import dev.huiju.clients.documents.DocumentsDtos.DelegationRequest;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.documents.DocumentsDtos.DraftRequest;
import dev.huiju.clients.documents.DocumentsDtos.EditRequest;
import dev.huiju.clients.documents.DocumentsDtos.IssueRequest;
import dev.huiju.clients.documents.DocumentsDtos.PageDto;
import dev.huiju.clients.documents.DocumentsDtos.RegisterIncomingRequest;
import dev.huiju.clients.documents.DocumentsDtos.RevisionDto;
import dev.huiju.clients.documents.DocumentsDtos.SubmitRequest;
import dev.huiju.clients.documents.DocumentsDtos.WithdrawRequest;
import reactor.core.publisher.Mono;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The documents service's HTTP interface. */
@HttpExchange(accept = "application/json")
public interface DocumentsApi {

	String ACTOR = "X-Acting-User";

	@GetExchange("/documents")
	Mono<List<DocumentDto>> byIds(@RequestParam("ids") String ids);

	@GetExchange("/documents")
	Mono<PageDto> search(@RequestParam MultiValueMap<String, String> params);

	@GetExchange("/documents/todo")
	Mono<PageDto> todo(@RequestParam MultiValueMap<String, String> params);

	@GetExchange("/documents/overdue")
	Mono<PageDto> overdue(@RequestParam MultiValueMap<String, String> params);

	@GetExchange("/revisions")
	Mono<List<RevisionDto>> revisions(@RequestParam("documentIds") String documentIds);

	@GetExchange("/delegations")
	Mono<List<DelegationDto>> delegations(@RequestParam("personId") String personId);

	@PostExchange("/documents")
	Mono<DocumentDto> draft(@RequestHeader(ACTOR) String actor, @RequestBody DraftRequest request);

	@PatchExchange("/documents/{id}")
	Mono<DocumentDto> edit(@RequestHeader(ACTOR) String actor, @PathVariable long id, @RequestBody EditRequest request);

	@PostExchange("/documents/{id}/submit")
	Mono<DocumentDto> submit(@RequestHeader(ACTOR) String actor, @PathVariable long id,
			@RequestBody SubmitRequest request);

	@PostExchange("/documents/{id}/decision")
	Mono<DocumentDto> decide(@RequestHeader(ACTOR) String actor, @PathVariable long id,
			@RequestBody DecisionRequest request);

	@PostExchange("/documents/{id}/withdraw")
	Mono<DocumentDto> withdraw(@RequestHeader(ACTOR) String actor, @PathVariable long id,
			@RequestBody WithdrawRequest request);

	@PostExchange("/documents/{id}/issue")
	Mono<DocumentDto> issue(@RequestHeader(ACTOR) String actor, @PathVariable long id,
			@RequestBody IssueRequest request);

	@PostExchange("/documents/incoming")
	Mono<DocumentDto> registerIncoming(@RequestHeader(ACTOR) String actor,
			@RequestBody RegisterIncomingRequest request);

	@PostExchange("/documents/{id}/read")
	Mono<DocumentDto> markRead(@RequestHeader(ACTOR) String actor, @PathVariable long id);

	@PostExchange("/documents/{id}/archive")
	Mono<DocumentDto> archive(@RequestHeader(ACTOR) String actor, @PathVariable long id);

	@PostExchange("/documents/{id}/convert")
	Mono<DocumentDto> convert(@RequestHeader(ACTOR) String actor, @PathVariable long id,
			@RequestBody ConvertRequest request);

	@PostExchange("/delegations")
	Mono<DelegationDto> delegate(@RequestHeader(ACTOR) String actor, @RequestBody DelegationRequest request);

}
