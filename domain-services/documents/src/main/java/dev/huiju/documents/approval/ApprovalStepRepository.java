package dev.huiju.documents.approval;

import java.util.Collection;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Approval steps. */
public interface ApprovalStepRepository extends ReactiveCrudRepository<ApprovalStep, Long> {

	Flux<ApprovalStep> findByDocumentIdInOrderByDocumentIdAscRoundAscPositionAscIdAsc(Collection<Long> documentIds);

	Flux<ApprovalStep> findByDocumentIdAndRoundOrderByPositionAscIdAsc(Long documentId, int round);

}
