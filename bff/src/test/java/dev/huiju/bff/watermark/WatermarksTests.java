package dev.huiju.bff.watermark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.huiju.bff.security.Caller;
import dev.huiju.schema.generated.types.Channel;
import dev.huiju.schema.generated.types.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Watermarks verify as issued, fail when any byte changes, and still verify after their key is rotated out. */
class WatermarksTests {

	private static final String KEY_1 = "Owqlr+e0rDlFcPCOS2Edlc/x5+OCK7xEtBve0poHrtQ=";

	private static final String KEY_2 = "p1Zr0k3Y8xq3bVn1m2L4c5T6u7W8y9A0B1C2D3E4F5G=";

	private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);

	private static final Caller CLERK = new Caller("zhang.wei", "张伟", "A1001", Set.of("CLERK"), Set.of(),
			Classification.INTERNAL, "city", "CITY", "dept-office", Channel.WEB_PORTAL, "web-portal", "pc-0042");

	private final Watermarks watermarks = watermarks("k1", Map.of("k1", KEY_1), NOON);

	@Test
	void anIssuedWatermarkVerifiesAndNamesItsUserAndTerminal() {
		Watermark mark = this.watermarks.issue(CLERK);
		assertThat(mark.text()).isEqualTo("张伟 A1**1 pc-0042 2026-11-23 12:00");
		assertThat(mark.userRef()).doesNotContain("zhang");
		assertThat(mark.expiresAt()).isEqualTo(mark.issuedAt().plusHours(8));
		WatermarkCheck check = this.watermarks.verify(mark);
		assertThat(check.authentic()).isTrue();
		assertThat(check.expired()).isFalse();
		assertThat(check.userId()).isEqualTo("zhang.wei");
		assertThat(check.terminalId()).isEqualTo("pc-0042");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tamperings")
	void aWatermarkWithAnyFieldChangedFailsVerification(String what, UnaryOperator<Watermark> tamper) {
		Watermark tampered = tamper.apply(this.watermarks.issue(CLERK));
		WatermarkCheck check = this.watermarks.verify(tampered);
		assertThat(check.authentic()).isFalse();
		assertThat(check.userId()).isNull();
		assertThat(check.reason()).isNotBlank();
	}

	static Stream<Arguments> tamperings() {
		return Stream.of(tampering("text", m -> with(m, flip(m.text()), 0)),
				tampering("user reference", m -> with(m, flip(m.userRef()), 1)),
				tampering("terminal", m -> with(m, flip(m.terminalId()), 2)),
				tampering("issued at", m -> new Watermark(m.text(), m.userRef(), m.terminalId(),
						m.issuedAt().minusSeconds(1), m.expiresAt(), m.keyId(), m.signature())),
				tampering("expires at", m -> new Watermark(m.text(), m.userRef(), m.terminalId(), m.issuedAt(),
						m.expiresAt().plusDays(1), m.keyId(), m.signature())),
				tampering("key id", m -> with(m, "k2", 5)),
				tampering("signature", m -> with(m, flip(m.signature()), 6)),
				tampering("another user's sealed reference",
						m -> with(m, watermarks("k1", Map.of("k1", KEY_1), NOON).issue(new Caller("li.na", "李娜",
								"A2001", Set.of("APPROVER"), Set.of(), Classification.SECRET, "city", "CITY",
								"dept-office", Channel.WEB_PORTAL, "web-portal", "pc-0042")).userRef(), 1)));
	}

	@Test
	void changingAnySingleCharacterOfAnyFieldFailsVerification() {
		Watermark mark = this.watermarks.issue(CLERK);
		int checked = 0;
		for (int field : new int[] { 0, 1, 2, 5, 6 }) {
			String value = switch (field) {
				case 0 -> mark.text();
				case 1 -> mark.userRef();
				case 2 -> mark.terminalId();
				case 5 -> mark.keyId();
				default -> mark.signature();
			};
			for (int i = 0; i < value.length(); i++) {
				char replacement = (value.charAt(i) == '0') ? '1' : '0';
				String changed = value.substring(0, i) + replacement + value.substring(i + 1);
				assertThat(this.watermarks.verify(with(mark, changed, field)).authentic())
					.as("field %d, character %d", field, i)
					.isFalse();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void aWatermarkSignedWithARotatedOutKeyStillVerifies() {
		Watermark old = this.watermarks.issue(CLERK);
		Watermarks rotated = watermarks("k2", Map.of("k1", KEY_1, "k2", KEY_2), NOON);
		Watermark fresh = rotated.issue(CLERK);
		assertThat(fresh.keyId()).isEqualTo("k2");
		assertThat(rotated.verify(old).authentic()).isTrue();
		assertThat(rotated.verify(old).userId()).isEqualTo("zhang.wei");
		assertThat(rotated.verify(fresh).authentic()).isTrue();
		Watermarks keyRemoved = watermarks("k2", Map.of("k2", KEY_2), NOON);
		assertThat(keyRemoved.verify(old).authentic()).isFalse();
		assertThat(keyRemoved.verify(old).reason()).isEqualTo("unknown key k1");
	}

	@Test
	void anExpiredWatermarkIsStillAuthenticAndSaysSo() {
		Watermark mark = this.watermarks.issue(CLERK);
		Watermarks nextWeek = watermarks("k1", Map.of("k1", KEY_1), Clock.offset(NOON, Duration.ofDays(7)));
		WatermarkCheck check = nextWeek.verify(mark);
		assertThat(check.authentic()).isTrue();
		assertThat(check.expired()).isTrue();
		assertThat(check.userId()).isEqualTo("zhang.wei");
	}

	private static Watermarks watermarks(String active, Map<String, String> keys, Clock clock) {
		return new Watermarks(new WatermarkProperties(active, keys, Duration.ofHours(8), ZoneId.of("Asia/Shanghai")),
				clock);
	}

	private static Arguments tampering(String what, UnaryOperator<Watermark> tamper) {
		return Arguments.of(what, tamper);
	}

	/** The same text with its last character changed. */
	private static String flip(String value) {
		char last = value.charAt(value.length() - 1);
		return value.substring(0, value.length() - 1) + (char) ((last == 'a') ? 'b' : 'a');
	}

	private static Watermark with(Watermark m, String value, int field) {
		return new Watermark((field == 0) ? value : m.text(), (field == 1) ? value : m.userRef(),
				(field == 2) ? value : m.terminalId(), m.issuedAt(), m.expiresAt(), (field == 5) ? value : m.keyId(),
				(field == 6) ? value : m.signature());
	}

}
