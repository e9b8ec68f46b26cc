package dev.huiju.clients.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads the timestamps the domain services write ({@code 2026-12-02T19:42:06.437969Z}) without a
 * {@code DateTimeFormatter}: a page of ten documents holds some fifty of them, and the formatter's parse was the
 * BFF's largest single source of garbage per screen. Anything else (another offset, a number, a shape this does
 * not know) goes to Jackson's own deserializer, so the result is always the one Jackson would give.
 */
public final class UtcTimestampDeserializer extends StdScalarDeserializer<OffsetDateTime> {

	private static final int[] SCALE = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
			1_000_000_000 };

	private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

	public UtcTimestampDeserializer() {
		super(OffsetDateTime.class);
	}

	@Override
	public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING && keepsUtc(context)) {
			OffsetDateTime parsed = parse(parser.getString());
			if (parsed != null) {
				return parsed;
			}
		}
		return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
	}

	/** A UTC value stays as it is when Jackson would keep it or move it to a context zone that is UTC. */
	private static boolean keepsUtc(DeserializationContext context) {
		return !context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
				|| UTC.hasSameRules(context.getTimeZone());
	}

	/**
	 * {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with one to nine digits of fraction, or null for any other text (which
	 * then takes the general path, and its errors).
	 */
	static OffsetDateTime parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int nanos = 0;
		if (length > 20) {
			int fraction = length - 21;
			if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
				return null;
			}
			int value = digits(text, 20, length - 1);
			if (value < 0) {
				return null;
			}
			nanos = value * SCALE[9 - fraction];
		}
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
		}
		catch (DateTimeException outOfRange) {
			return null;
		}
	}

	/** The decimal number in {@code text[from, to)}, or -1 when a character is not a digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}
