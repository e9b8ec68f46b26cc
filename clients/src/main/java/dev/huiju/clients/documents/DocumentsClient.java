package dev.huiju.clients.documents;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.huiju.clients.ResilientCalls;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.documents.DocumentsDtos.PageDto;
import dev.huiju.clients.documents.DocumentsDtos.RevisionDto;
import dev.huiju.clients.documents.DocumentsDtos.SearchRequest;
import reactor.core.publisher.Mono;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Calls the documents service. Reads go through {@link ResilientCalls#read} (retried), changes through
 * {@link ResilientCalls#write} (never retried).
 */
public class DocumentsClient {

	private final DocumentsApi api;

	private final ResilientCalls calls;

	public DocumentsClient(DocumentsApi api, ResilientCalls calls) {
		this.api = api;
		this.calls = calls;
	}

	public Mono<List<DocumentDto>> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
		return this.calls.read(Mono.defer(() -> this.api.byIds(joined)));
	}

	public Mono<PageDto> search(SearchRequest search, String after, int limit, ListView view) {
		MultiValueMap<String, String> params = paging(after, limit, view);
		put(params, "text", search.text());
		put(params, "title", search.title());
		put(params, "docNo", search.docNo());
		if (search.statuses() != null) {
			search.statuses().forEach(s -> params.add("status", s));
		}
		put(params, "kind", search.kind());
		put(params, "departmentId", search.departmentId());
		put(params, "createdFrom", search.createdFrom());
		put(params, "createdTo", search.createdTo());
		return this.calls.read(Mono.defer(() -> this.api.search(params)));
	}

	public Mono<PageDto> todo(String personId, String after, int limit, ListView view) {
		MultiValueMap<String, String> params = paging(after, limit, view);
		params.add("personId", personId);
		return this.calls.read(Mono.defer(() -> this.api.todo(params)));
	}

	public Mono<PageDto> overdue(String departmentId, String after, int limit, ListView view) {
		MultiValueMap<String, String> params = paging(after, limit, view);
		put(params, "departmentId", departmentId);
		return this.calls.read(Mono.defer(() -> this.api.overdue(params)));
	}

	public Mono<List<RevisionDto>> revisions(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Mono.just(List.of());
		}
		String joined = documentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return this.calls.read(Mono.defer(() -> this.api.revisions(joined)));
	}

	public Mono<List<DocumentsDtos.DelegationDto>> delegations(String personId) {
		return this.calls.read(Mono.defer(() -> this.api.delegations(personId)));
	}

	/** Runs one change against the service, unretried; the function picks the endpoint. */
	public <T> Mono<T> change(Function<DocumentsApi, Mono<T>> call) {
		return this.calls.write(Mono.defer(() -> call.apply(this.api)));
	}

	/** A full view is the service's default, so only a summary is named in the query. */
	private static MultiValueMap<String, String> paging(String after, int limit, ListView view) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		put(params, "after", after);
		params.add("limit", String.valueOf(limit));
		if (view == ListView.SUMMARY) {
			params.add("view", view.name());
		}
		return params;
	}

	private static void put(MultiValueMap<String, String> params, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			params.add(name, value.toString());
		}
	}

}
