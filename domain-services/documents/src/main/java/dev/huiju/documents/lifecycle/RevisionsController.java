package dev.huiju.documents.lifecycle;

import java.util.List;

import dev.huiju.documents.document.DocumentIdList;
import dev.huiju.documents.document.DocumentQueries;
import dev.huiju.documents.document.Reader;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The revision history of several documents in one call. */
@RestController
class RevisionsController {

	private final Revisions revisions;

	private final DocumentQueries queries;

	RevisionsController(Revisions revisions, DocumentQueries queries) {
		this.revisions = revisions;
		this.queries = queries;
	}

	/** Revisions hold earlier titles and bodies: only of documents whose content the reader may see. */
	@GetMapping("/revisions")
	Mono<List<RevisionView>> of(@RequestParam String documentIds, Actor actor) {
		return this.queries.readableIds(DocumentIdList.parse("documentIds", documentIds), Reader.of(actor))
			.flatMap(this.revisions::of);
	}

}
