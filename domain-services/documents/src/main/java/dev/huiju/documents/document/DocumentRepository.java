package dev.huiju.documents.document;

import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Document rows. */
public interface DocumentRepository extends ReactiveCrudRepository<Document, Long> {

	/** Takes the row lock that serialises every change of one document. */
	@Query("SELECT id FROM document WHERE id = :id FOR UPDATE")
	Mono<Long> lock(Long id);

}
