package dev.huiju.bff.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * An audit event as stored: its place in its instance's chain, the details as JSON, and the hashes.
 * {@code hash} is SM3 over every other column, length-prefixed, with {@code prevHash} last.
 */
public record AuditRow(String instanceId, long seq, String eventId, OffsetDateTime occurredAt, String userId, String clientAddress,
		String channel, String terminalId, String operationName, String operationType, String result,
		long durationMs, String detail, String prevHash, String hash) {

	/** The hash a chain starts from. */
	public static final String GENESIS = "0".repeat(64);

	/** The hash this row should carry, computed from its content and the previous hash. */
	public String expectedHash() {
		SM3Digest digest = new SM3Digest();
		for (String field : new String[] { this.instanceId, String.valueOf(this.seq), this.eventId,
				this.occurredAt.toInstant().toString(), this.userId, this.clientAddress, this.channel, this.terminalId,
				this.operationName, this.operationType, this.result, String.valueOf(this.durationMs), this.detail,
				this.prevHash }) {
			byte[] bytes = ((field != null) ? field : "\u0000").getBytes(StandardCharsets.UTF_8);
			byte[] length = String.valueOf(bytes.length).concat(":").getBytes(StandardCharsets.UTF_8);
			digest.update(length, 0, length.length);
			digest.update(bytes, 0, bytes.length);
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	/** The same row, sealed into the chain after {@code prev}. */
	AuditRow chainedAfter(String prev) {
		AuditRow unsealed = new AuditRow(this.instanceId, this.seq, this.eventId, this.occurredAt, this.userId, this.clientAddress,
				this.channel, this.terminalId, this.operationName, this.operationType, this.result, this.durationMs,
				this.detail, prev, null);
		return new AuditRow(this.instanceId, this.seq, this.eventId, this.occurredAt, this.userId, this.clientAddress, this.channel,
				this.terminalId, this.operationName, this.operationType, this.result, this.durationMs, this.detail, prev,
				unsealed.expectedHash());
	}

}
