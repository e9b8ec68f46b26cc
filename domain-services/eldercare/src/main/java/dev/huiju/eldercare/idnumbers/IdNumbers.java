package dev.huiju.eldercare.idnumbers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.huiju.crypto.Keys;
import dev.huiju.crypto.Secrets;
import dev.huiju.crypto.Sm4Gcm;
import dev.huiju.service.support.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals and opens resident ID numbers, and computes their blind index. A number is sealed under the active key and
 * stored with that key's id, so keys rotate: a new key becomes active, older rows open with the key they name, and
 * no row is rewritten. The blind index is an HMAC-SM3 under a key of its own: equal numbers have equal indexes, and
 * nothing about a number can be learnt from its index without that key.
 */
@Component
public class IdNumbers {

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_DIGITS = "10X98765432";

	/**
	 * Bound into every seal with the key id and the blind index: a sealed value moved to another row, or given
	 * another key id, does not open.
	 */
	private static byte[] associated(String keyId, String index) {
		return ("huiju resident id number|" + keyId + "|" + index).getBytes(StandardCharsets.UTF_8);
	}

	private final Map<String, Sm4Gcm> keys = new LinkedHashMap<>();

	private final String activeKey;

	private final byte[] indexKey;

	/** Spring makes the service's; a tool (or a test) makes one with other keys, as an older deployment had them. */
	public IdNumbers(@Value("${huiju.eldercare.id-numbers.keys}") String keys,
			@Value("${huiju.eldercare.id-numbers.active-key}") String activeKey,
			@Value("${huiju.eldercare.id-numbers.index-key}") String indexKey) {
		for (String pair : keys.split(",")) {
			String[] idAndSecret = pair.trim().split(":", 2);
			if (idAndSecret.length != 2 || idAndSecret[0].isBlank()) {
				throw new IllegalArgumentException("huiju.eldercare.id-numbers.keys lists id:secret pairs");
			}
			byte[] secret = Secrets.decode(idAndSecret[1], "the ID-number key " + idAndSecret[0]);
			this.keys.put(idAndSecret[0].trim(), new Sm4Gcm(Keys.derive(secret, "huiju id number seal", 16)));
		}
		if (!this.keys.containsKey(activeKey)) {
			throw new IllegalArgumentException("huiju.eldercare.id-numbers.active-key names no configured key");
		}
		this.activeKey = activeKey;
		this.indexKey = Keys.derive(Secrets.decode(indexKey, "huiju.eldercare.id-numbers.index-key"),
				"huiju id number index", 32);
	}

	/** The number as stored: sealed, under which key, and its index; refuses a number that is not one. */
	public Sealed seal(String idNumber) {
		String number = normalised(idNumber);
		String index = indexOf(number);
		byte[] sealed = this.keys.get(this.activeKey).seal(number.getBytes(StandardCharsets.UTF_8),
				associated(this.activeKey, index));
		return new Sealed(Base64.getEncoder().encodeToString(sealed), this.activeKey, index);
	}

	/** The clear number of a stored one; a key that is no longer configured is a fault of the deployment. */
	public String open(String sealed, String keyId, String index) {
		Sm4Gcm key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("no ID-number key " + keyId + " is configured");
		}
		byte[] plain = key.open(Base64.getDecoder().decode(sealed), associated(keyId, index));
		if (plain == null) {
			throw new IllegalStateException("a sealed ID number does not open under its key " + keyId);
		}
		return new String(plain, StandardCharsets.UTF_8);
	}

	/** The blind index a number is found by; refuses a number that is not one. */
	public String index(String idNumber) {
		return indexOf(normalised(idNumber));
	}

	private String indexOf(String number) {
		return HexFormat.of().formatHex(Keys.hmacSm3(this.indexKey, number.getBytes(StandardCharsets.UTF_8)));
	}

	/** Eighteen characters, the last a check digit (GB 11643); a lower-case x is read as X. */
	static String normalised(String idNumber) {
		String number = (idNumber != null) ? idNumber.trim().toUpperCase(java.util.Locale.ROOT) : "";
		if (!FORMAT.matcher(number).matches()) {
			throw DomainException.rule("ID_NUMBER_INVALID", "idNumber", "an ID number has 17 digits and a check digit");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		if (CHECK_DIGITS.charAt(sum % 11) != number.charAt(17)) {
			throw DomainException.rule("ID_NUMBER_INVALID", "idNumber", "the ID number's check digit does not match");
		}
		return number;
	}

	/** The check digit of the first seventeen: for making valid numbers (demo data, tests). */
	public static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_DIGITS.charAt(sum % 11);
	}

	public record Sealed(String sealed, String keyId, String index) {
	}

}
