package dev.huiju.documents.lifecycle;

import java.util.List;

import dev.huiju.documents.document.DocumentIdList;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The revision history of several documents in one call. */
@RestController
class RevisionsController {

	private final Revisions revisions;

	RevisionsController(Revisions revisions) {
		this.revisions = revisions;
	}

	@GetMapping("/revisions")
	Mono<List<RevisionView>> of(@RequestParam String documentIds) {
		return this.revisions.of(DocumentIdList.parse("documentIds", documentIds));
	}

}
