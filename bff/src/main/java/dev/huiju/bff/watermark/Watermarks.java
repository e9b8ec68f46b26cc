package dev.huiju.bff.watermark;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import dev.huiju.bff.security.Caller;
import dev.huiju.bff.security.Callers;
import graphql.GraphQLContext;

import org.springframework.stereotype.Service;

/** Issues watermarks for callers and verifies them, by any key still configured. */
@Service
public class Watermarks {

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final WatermarkProperties properties;

	private final Map<String, WatermarkKey> keys = new HashMap<>();

	private final Clock clock;

	public Watermarks(WatermarkProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		properties.keys().forEach((id, secret) -> this.keys.put(id, new WatermarkKey(secret)));
	}

	/** The request's watermark, issued on first use so that the response and its previews share it; null without a caller. */
	public Watermark forRequest(GraphQLContext context) {
		Caller caller;
		try {
			caller = Callers.of(context);
		}
		catch (RuntimeException anonymous) {
			return null;
		}
		return context.computeIfAbsent(Watermark.class, key -> issue(caller));
	}

	public Watermark issue(Caller caller) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS);
		String keyId = this.properties.activeKey();
		WatermarkKey key = this.keys.get(keyId);
		String text = displayText(caller, now);
		String userRef = key.seal(caller.userId());
		OffsetDateTime expires = now.plus(this.properties.ttl());
		String signature = key.sign(content(text, userRef, caller.terminalId(), now, expires, keyId));
		return new Watermark(text, userRef, caller.terminalId(), now, expires, keyId, signature);
	}

	/** Whether the watermark is authentic, and if so whose it is; never throws on bad input. */
	public WatermarkCheck verify(Watermark mark) {
		if (mark == null || mark.keyId() == null || mark.signature() == null || mark.userRef() == null
				|| mark.issuedAt() == null || mark.expiresAt() == null) {
			return WatermarkCheck.rejected("incomplete watermark");
		}
		WatermarkKey key = this.keys.get(mark.keyId());
		if (key == null) {
			return WatermarkCheck.rejected("unknown key " + mark.keyId());
		}
		String expected = key.sign(content(mark.text(), mark.userRef(), mark.terminalId(), mark.issuedAt(),
				mark.expiresAt(), mark.keyId()));
		if (!java.security.MessageDigest.isEqual(expected.getBytes(), mark.signature().toLowerCase().getBytes())) {
			return WatermarkCheck.rejected("signature does not match");
		}
		String userId = key.open(mark.userRef());
		if (userId == null) {
			return WatermarkCheck.rejected("user reference does not open");
		}
		boolean expired = OffsetDateTime.now(this.clock).isAfter(mark.expiresAt());
		return new WatermarkCheck(true, expired, null, userId, mark.terminalId(), mark.issuedAt(), mark.expiresAt(),
				mark.keyId());
	}

	private String displayText(Caller caller, OffsetDateTime at) {
		StringBuilder text = new StringBuilder();
		text.append((caller.name() != null) ? caller.name() : caller.userId());
		if (caller.staffNo() != null && !caller.staffNo().isBlank()) {
			text.append(' ').append(maskStaffNo(caller.staffNo()));
		}
		text.append(' ').append(caller.terminalId());
		text.append(' ').append(DISPLAY.format(at.atZoneSameInstant(this.properties.zone())));
		return text.toString();
	}

	/** Enough of the staff number to tell colleagues apart on screen, not enough to read it off a photo. */
	static String maskStaffNo(String staffNo) {
		if (staffNo.length() <= 3) {
			return "*".repeat(staffNo.length());
		}
		return staffNo.substring(0, 2) + "*".repeat(staffNo.length() - 3) + staffNo.substring(staffNo.length() - 1);
	}

	/** Every field, length-prefixed, so that no two different watermarks share the signed bytes. */
	private static String content(String text, String userRef, String terminalId, OffsetDateTime issuedAt,
			OffsetDateTime expiresAt, String keyId) {
		StringBuilder content = new StringBuilder();
		for (String field : new String[] { text, userRef, terminalId, issuedAt.toInstant().toString(),
				expiresAt.toInstant().toString(), keyId }) {
			String value = (field != null) ? field : "";
			content.append(value.length()).append(':').append(value).append('\n');
		}
		return content.toString();
	}

}
