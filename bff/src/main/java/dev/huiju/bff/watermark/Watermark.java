package dev.huiju.bff.watermark;

import java.time.OffsetDateTime;

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
}
