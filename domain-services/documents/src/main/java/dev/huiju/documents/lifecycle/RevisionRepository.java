package dev.huiju.documents.lifecycle;

import java.util.Collection;

import reactor.core.publisher.Flux;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface RevisionRepository extends ReactiveCrudRepository<Revision, Long> {

	Flux<Revision> findByDocumentIdInOrderByDocumentIdAscNumberAsc(Collection<Long> documentIds);

	Flux<Revision> findByDocumentIdOrderByNumberAsc(Long documentId);

}
