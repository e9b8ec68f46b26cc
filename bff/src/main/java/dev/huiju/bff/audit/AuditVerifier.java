package dev.huiju.bff.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Walks every chain of the audit table and reports the first row where it breaks: a row whose content no
 * longer matches its hash (edited), whose number does not follow the one before (deleted), or whose
 * previous hash is not the hash of the row before (reordered, or the row before was edited and resealed).
 * Hashes are keyed ({@link AuditKeys}), so a chain rewritten without the key breaks at the first changed row.
 * Then this instance's last signed checkpoint ({@link AuditCheckpoints}) must still be in the table with the
 * same hash: deleting the newest rows, or all of them, leaves a chain that looks whole but not that row.
 */
@Service
public class AuditVerifier {

	private final AuditStore store;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	public AuditVerifier(AuditStore store, AuditKeys keys, AuditCheckpoints checkpoints) {
		this.store = store;
		this.keys = keys;
		this.checkpoints = checkpoints;
	}

	public Mono<Result> verify() {
		return this.store.all()
			.scan(new Walk(this.keys, null, 0, null), Walk::next)
			.skip(1)
			.takeUntil(walk -> walk.broken() != null)
			.last(new Walk(this.keys, null, 0, null))
			.flatMap(walk -> (walk.broken() != null) ? Mono.just(new Result(false, walk.checked(), walk.broken()))
					: againstCheckpoint().map(broken -> new Result(false, walk.checked(), broken))
						.defaultIfEmpty(new Result(true, walk.checked(), null)));
	}

	/** This instance's newest checkpoint against the table: the row it vouches for must be there, unchanged. */
	private Mono<Break> againstCheckpoint() {
		Optional<AuditCheckpoints.Checkpoint> latest;
		try {
			latest = this.checkpoints.latest();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("audit checkpoints cannot be read", ex);
		}
		if (latest.isEmpty()) {
			return Mono.empty();
		}
		AuditCheckpoints.Checkpoint checkpoint = latest.get();
		if (!this.checkpoints.authentic(checkpoint)) {
			return Mono.just(new Break(checkpoint.instanceId(), checkpoint.seq(),
					"the newest checkpoint does not carry a valid signature: the checkpoint file was altered"));
		}
		return this.store.hashAt(checkpoint.instanceId(), checkpoint.seq())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(hash -> {
				if (hash.isEmpty()) {
					return Mono.just(new Break(checkpoint.instanceId(), checkpoint.seq(), "row " + checkpoint.seq()
							+ ", vouched for by the checkpoint of " + checkpoint.at()
							+ ", is gone: the newest rows (or all of them) were deleted"));
				}
				if (!hash.get().equals(checkpoint.hash())) {
					return Mono.just(new Break(checkpoint.instanceId(), checkpoint.seq(), "row " + checkpoint.seq()
							+ " differs from the checkpoint of " + checkpoint.at() + ": the chain was rewritten"));
				}
				return Mono.empty();
			});
	}

	/** The verdict: whether every chain is intact, how many rows were checked, and where it first broke. */
	public record Result(boolean intact, long rowsChecked, Break firstBroken) {
	}

	/** The first broken row: its chain, its number and what is wrong with it. */
	public record Break(String instanceId, long seq, String problem) {
	}

	private record Walk(AuditKeys keys, AuditRow previous, long checked, Break broken) {

		Walk next(AuditRow row) {
			boolean sameChain = this.previous != null && this.previous.instanceId().equals(row.instanceId());
			long expectedSeq = sameChain ? this.previous.seq() + 1 : 1;
			String expectedPrev = sameChain ? this.previous.hash() : AuditRow.GENESIS;
			Break found = null;
			String expectedHash = row.expectedHash(this.keys);
			if (expectedHash == null) {
				found = new Break(row.instanceId(), row.seq(), "it names a key not configured here ("
						+ row.keyId() + "): it cannot be verified");
			}
			else if (!expectedHash.equals(row.hash())) {
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
			return new Walk(this.keys, row, this.checked + 1, found);
		}

	}

}
