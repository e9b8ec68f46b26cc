package dev.huiju.documents.lifecycle;

import java.util.Arrays;
import java.util.List;

import dev.huiju.service.support.DomainException;
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
		try {
			List<Long> ids = Arrays.stream(documentIds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.map(Long::valueOf).distinct().toList();
			return this.revisions.of(ids);
		}
		catch (NumberFormatException ex) {
			return Mono.error(DomainException.badInput("documentIds", "documentIds must be numbers"));
		}
	}

}
