package dev.huiju.bff.watermark;

import java.time.OffsetDateTime;

/**
 * The answer to "is this watermark ours, and whose is it": an authentic watermark names its user and
 * terminal even after it expired, because leaked screens are found later.
 */
public record WatermarkCheck(boolean authentic, boolean expired, String reason, String userId, String terminalId,
		OffsetDateTime issuedAt, OffsetDateTime expiresAt, String keyId) {

	static WatermarkCheck rejected(String reason) {
		return new WatermarkCheck(false, false, reason, null, null, null, null, null);
	}

}
