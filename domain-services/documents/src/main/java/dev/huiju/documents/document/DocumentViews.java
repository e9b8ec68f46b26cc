package dev.huiju.documents.document;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.huiju.documents.approval.ApprovalStep;
import dev.huiju.documents.approval.ApprovalStepRepository;
import dev.huiju.documents.receipt.Recipient;
import dev.huiju.documents.receipt.RecipientRepository;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Joins documents with their steps and recipients in two queries, whatever the number of documents. */
@Component
public class DocumentViews {

	private final ApprovalStepRepository steps;

	private final RecipientRepository recipients;

	DocumentViews(ApprovalStepRepository steps, RecipientRepository recipients) {
		this.steps = steps;
		this.recipients = recipients;
	}

	public Mono<List<DocumentView>> of(List<Document> documents) {
		if (documents.isEmpty()) {
			return Mono.just(List.of());
		}
		List<Long> ids = documents.stream().map(Document::id).toList();
		Mono<Map<Long, List<ApprovalStep>>> stepsById = this.steps
			.findByDocumentIdInOrderByDocumentIdAscRoundAscPositionAscIdAsc(ids)
			.collect(Collectors.groupingBy(ApprovalStep::documentId));
		Mono<Map<Long, List<Recipient>>> recipientsById = this.recipients
			.findByDocumentIdInOrderByDocumentIdAscPersonIdAsc(ids)
			.collect(Collectors.groupingBy(Recipient::documentId));
		return Mono.zip(stepsById, recipientsById)
			.map(both -> documents.stream()
				.map(d -> DocumentView.of(d, both.getT1().getOrDefault(d.id(), List.of()),
						both.getT2().getOrDefault(d.id(), List.of())))
				.toList());
	}

	public Mono<DocumentView> of(Document document) {
		return of(List.of(document)).map(views -> views.get(0));
	}

}
