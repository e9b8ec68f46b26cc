package dev.huiju.documents.approval;

import reactor.core.publisher.Flux;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Delegations. */
public interface DelegationRepository extends ReactiveCrudRepository<Delegation, Long> {

	@Query("SELECT * FROM delegation WHERE principal_id = :personId OR delegate_id = :personId ORDER BY starts_at DESC, id DESC")
	Flux<Delegation> findInvolving(String personId);

	Flux<Delegation> findByDelegateIdAndPrincipalId(String delegateId, String principalId);

}
