package dev.huiju.bff.audit;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Walks every chain of the audit table and reports the first row where it breaks: a row whose content no
 * longer matches its hash (edited), whose number does not follow the one before (deleted), or whose
 * previous hash is not the hash of the row before (reordered, or the row before was edited and resealed).
 */
@Service
public class AuditVerifier {

	private final AuditStore store;

	public AuditVerifier(AuditStore store) {
		this.store = store;
	}

	public Mono<Result> verify() {
		return this.store.all()
			.scan(new Walk(null, 0, null), Walk::next)
			.skip(1)
			.takeUntil(walk -> walk.broken() != null)
			.last(new Walk(null, 0, null))
			.map(walk -> new Result(walk.broken() == null, walk.checked(), walk.broken()));
	}

	/** The verdict: whether every chain is intact, how many rows were checked, and where it first broke. */
	public record Result(boolean intact, long rowsChecked, Break firstBroken) {
	}

	/** The first broken row: its chain, its number and what is wrong with it. */
	public record Break(String instanceId, long seq, String problem) {
	}

	private record Walk(AuditRow previous, long checked, Break broken) {

		Walk next(AuditRow row) {
			boolean sameChain = this.previous != null && this.previous.instanceId().equals(row.instanceId());
			long expectedSeq = sameChain ? this.previous.seq() + 1 : 1;
			String expectedPrev = sameChain ? this.previous.hash() : AuditRow.GENESIS;
			Break found = null;
			if (!row.expectedHash().equals(row.hash())) {
				found = new Break(row.instanceId(), row.seq(), "its content does not match its hash: the row was altered");
			}
			else if (row.seq() != expectedSeq) {
				found = new Break(row.instanceId(), row.seq(),
						"number " + row.seq() + " where " + expectedSeq + " was due: rows before it were deleted");
			}
			else if (!row.prevHash().equals(expectedPrev)) {
				found = new Break(row.instanceId(), row.seq(),
						"it does not follow the row before: rows were altered, replaced or reordered");
			}
			return new Walk(row, this.checked + 1, found);
		}

	}

}
