package dev.huiju.documents.document;

import java.time.LocalDate;
import java.util.List;

import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read endpoints: batch lookup, one document, search, to-do and overdue lists, each within the reader's rights.
 * The lists take {@code view=SUMMARY} to leave out text, trail and recipients ({@link ListView}).
 */
@RestController
@RequestMapping("/documents")
class DocumentsController {

	private final DocumentQueries queries;

	DocumentsController(DocumentQueries queries) {
		this.queries = queries;
	}

	@GetMapping(params = "ids")
	Mono<List<DocumentView>> byIds(@RequestParam String ids, Actor actor) {
		return this.queries.byIds(DocumentIdList.parse("ids", ids), Reader.of(actor));
	}

	@GetMapping("/{id}")
	Mono<DocumentView> one(@PathVariable long id, Actor actor) {
		return this.queries.one(id, Reader.of(actor));
	}

	@GetMapping(params = "!ids")
	Mono<Page<DocumentView>> search(@RequestParam(required = false) String text,
			@RequestParam(required = false) String title, @RequestParam(required = false) String docNo,
			@RequestParam(required = false) List<DocumentStatus> status,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) String departmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(defaultValue = "FULL") ListView view, Actor actor) {
		var search = new DocumentSearch(text, title, docNo, status, kind, departmentId, createdFrom, createdTo);
		return this.queries.search(search, Reader.of(actor), after, limit, view);
	}

	@GetMapping("/todo")
	Mono<Page<DocumentView>> todo(@RequestParam String personId, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "20") int limit, @RequestParam(defaultValue = "FULL") ListView view,
			Actor actor) {
		if (!personId.equals(actor.userId())) {
			return Mono.error(DomainException.denied("a to-do list is its owner's alone"));
		}
		return this.queries.todo(personId, Reader.of(actor), after, limit, view);
	}

	@GetMapping("/overdue")
	Mono<Page<DocumentView>> overdue(@RequestParam(required = false) String departmentId,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "20") int limit,
			@RequestParam(defaultValue = "FULL") ListView view, Actor actor) {
		return this.queries.overdue(departmentId, Reader.of(actor), after, limit, view);
	}

}
