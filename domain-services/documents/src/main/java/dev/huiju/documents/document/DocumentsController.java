package dev.huiju.documents.document;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read endpoints: batch lookup, one document, search, to-do and overdue lists. */
@RestController
@RequestMapping("/documents")
class DocumentsController {

	/** Who reads: their drafts are theirs alone. */
	static final String READER = "X-Acting-User";

	/** The highest classification the reader may see in a list; lookups by id answer every level. */
	static final String CLEARANCE = "X-Clearance";

	private final DocumentQueries queries;

	DocumentsController(DocumentQueries queries) {
		this.queries = queries;
	}

	@GetMapping(params = "ids")
	Mono<List<DocumentView>> byIds(@RequestParam String ids, @RequestHeader(name = READER, required = false) String reader) {
		return this.queries.byIds(DocumentIdList.parse("ids", ids), new Reader(reader, null));
	}

	@GetMapping("/{id}")
	Mono<DocumentView> one(@PathVariable long id) {
		return this.queries.one(id);
	}

	@GetMapping(params = "!ids")
	Mono<Page<DocumentView>> search(@RequestParam(required = false) String text,
			@RequestParam(required = false) String title, @RequestParam(required = false) String docNo,
			@RequestParam(required = false) List<DocumentStatus> status,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) String departmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "20") int limit,
			@RequestHeader(name = READER, required = false) String reader,
			@RequestHeader(name = CLEARANCE, required = false) Classification clearance) {
		var search = new DocumentSearch(text, title, docNo, status, kind, departmentId, createdFrom, createdTo);
		return this.queries.search(search, new Reader(reader, clearance), after, limit);
	}

	@GetMapping("/todo")
	Mono<Page<DocumentView>> todo(@RequestParam String personId, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "20") int limit,
			@RequestHeader(name = READER, required = false) String reader,
			@RequestHeader(name = CLEARANCE, required = false) Classification clearance) {
		return this.queries.todo(personId, new Reader(reader, clearance), after, limit);
	}

	@GetMapping("/overdue")
	Mono<Page<DocumentView>> overdue(@RequestParam(required = false) String departmentId,
			@RequestParam(required = false) Long after, @RequestParam(defaultValue = "20") int limit,
			@RequestHeader(name = READER, required = false) String reader,
			@RequestHeader(name = CLEARANCE, required = false) Classification clearance) {
		return this.queries.overdue(departmentId, new Reader(reader, clearance), after, limit);
	}

}
