package dev.huiju.bff.audit;

import java.time.OffsetDateTime;

/**
 * An audit event as stored: its place in its instance's chain, the details as JSON, the key that sealed it,
 * and the hashes. {@code hash} is HMAC-SM3 (under {@code keyId}, see {@link AuditKeys}) over every other
 * column, length-prefixed, with {@code prevHash} last.
 */
public record AuditRow(String instanceId, long seq, String eventId, OffsetDateTime occurredAt, String userId,
		String clientAddress, String channel, String terminalId, String operationName, String operationType,
		String result, long durationMs, String detail, String keyId, String prevHash, String hash) {

	/** The hash a chain starts from. */
	public static final String GENESIS = "0".repeat(64);

	/** The hash this row should carry, from its content and the previous hash; null when its key is unknown. */
	public String expectedHash(AuditKeys keys) {
		return keys.mac(this.keyId, this.instanceId, String.valueOf(this.seq), this.eventId,
				this.occurredAt.toInstant().toString(), this.userId, this.clientAddress, this.channel, this.terminalId,
				this.operationName, this.operationType, this.result, String.valueOf(this.durationMs), this.detail,
				this.keyId, this.prevHash);
	}

	/** The same row, sealed into the chain after {@code prev} with the active key. */
	AuditRow chainedAfter(String prev, AuditKeys keys) {
		AuditRow unsealed = new AuditRow(this.instanceId, this.seq, this.eventId, this.occurredAt, this.userId,
				this.clientAddress, this.channel, this.terminalId, this.operationName, this.operationType, this.result,
				this.durationMs, this.detail, keys.active(), prev, null);
		return new AuditRow(this.instanceId, this.seq, this.eventId, this.occurredAt, this.userId, this.clientAddress,
				this.channel, this.terminalId, this.operationName, this.operationType, this.result, this.durationMs,
				this.detail, keys.active(), prev, unsealed.expectedHash(keys));
	}

}
