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
import dev.huiju.clients.documents.DocumentsDtos.ReclassifyRequest;
import dev.huiju.clients.documents.DocumentsDtos.RegisterIncomingRequest;
import dev.huiju.clients.documents.DocumentsDtos.RevisionDto;
import dev.huiju.clients.documents.DocumentsDtos.SubmitRequest;
import dev.huiju.clients.documents.DocumentsDtos.WithdrawRequest;
import reactor.core.publisher.Mono;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The documents service's HTTP interface; every call carries the caller's token, which names the actor. */
@HttpExchange(accept = "application/json")
public interface DocumentsApi {

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
	Mono<DocumentDto> draft(@RequestBody DraftRequest request);

	@PatchExchange("/documents/{id}")
	Mono<DocumentDto> edit(@PathVariable long id, @RequestBody EditRequest request);

	@PostExchange("/documents/{id}/submit")
	Mono<DocumentDto> submit(@PathVariable long id,
			@RequestBody SubmitRequest request);

	@PostExchange("/documents/{id}/decision")
	Mono<DocumentDto> decide(@PathVariable long id,
			@RequestBody DecisionRequest request);

	@PostExchange("/documents/{id}/withdraw")
	Mono<DocumentDto> withdraw(@PathVariable long id,
			@RequestBody WithdrawRequest request);

	@PostExchange("/documents/{id}/issue")
	Mono<DocumentDto> issue(@PathVariable long id,
			@RequestBody IssueRequest request);

	@PostExchange("/documents/incoming")
	Mono<DocumentDto> registerIncoming(@RequestBody RegisterIncomingRequest request);

	@PostExchange("/documents/{id}/read")
	Mono<DocumentDto> markRead(@PathVariable long id);

	@PostExchange("/documents/{id}/archive")
	Mono<DocumentDto> archive(@PathVariable long id);

	@PostExchange("/documents/{id}/convert")
	Mono<DocumentDto> convert(@PathVariable long id,
			@RequestBody ConvertRequest request);

	@PostExchange("/documents/{id}/classification")
	Mono<DocumentDto> reclassify(@PathVariable long id, @RequestBody ReclassifyRequest request);

	@PostExchange("/delegations")
	Mono<DelegationDto> delegate(@RequestBody DelegationRequest request);

}
