package dev.huiju.bff.watermark;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every response carries in {@code extensions.watermark}, and document previews in their own field.
 *
 * @param text what the screen shows: name, masked staff number, terminal and time
 * @param userRef the user, encrypted (SM4) so that only the BFF can read it back
 * @param terminalId the terminal of the token
 * @param issuedAt when it was issued
 * @param expiresAt until when it is valid
 * @param keyId the key that signed it
 * @param signature HMAC-SM3 over all the fields above, hexadecimal
 */
public record Watermark(String text, String userRef, String terminalId, OffsetDateTime issuedAt,
		OffsetDateTime expiresAt, String keyId, String signature) {

	/** As it appears in {@code extensions.watermark}: the same fields, times in ISO-8601. */
	public Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("text", this.text);
		map.put("userRef", this.userRef);
		map.put("terminalId", this.terminalId);
		map.put("issuedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.issuedAt));
		map.put("expiresAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.expiresAt));
		map.put("keyId", this.keyId);
		map.put("signature", this.signature);
		return map;
	}

}
