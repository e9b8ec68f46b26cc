package dev.huiju.documents.receipt;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Recipients. */
public interface RecipientRepository extends ReactiveCrudRepository<Recipient, Long> {

	Flux<Recipient> findByDocumentIdInOrderByDocumentIdAscPersonIdAsc(Collection<Long> documentIds);

	Mono<Recipient> findByDocumentIdAndPersonId(Long documentId, String personId);

}
