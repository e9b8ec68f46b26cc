package dev.huiju.clients.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UtcTimestampDeserializerTests {

	private final JsonMapper jackson = JsonMapper.builder().build();

	private final JsonMapper clients = JsonMapper.builder().addModule(new ClientJsonModule()).build();

	@Test
	void readsWhatJacksonReadsForEveryShapeOfTimestamp() {
		List<String> texts = List.of("2026-12-02T19:42:06Z", "2026-12-02T19:42:06.4Z", "2026-12-02T19:42:06.437969Z",
				"2026-12-02T19:42:06.123456789Z", "2024-02-29T23:59:59.999Z", "2026-12-02T19:42:06+08:00",
				"2026-12-02T19:42:06.5-05:30", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z");
		for (String text : texts) {
			assertThat(read(this.clients, text)).as(text).isEqualTo(read(this.jackson, text));
		}
	}

	@Test
	void agreesWithJacksonOnRandomInstants() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(4_000_000_000L), random.nextInt(1_000_000_000));
			String text = instant.toString();
			OffsetDateTime fast = UtcTimestampDeserializer.parse(text);
			assertThat(fast).as(text).isNotNull().isEqualTo(read(this.jackson, text));
		}
	}

	@Test
	void leavesWhatItDoesNotKnowToJacksonAndItsErrors() {
		for (String text : List.of("2026-13-02T19:42:06Z", "2026-02-30T19:42:06Z", "2026-12-02T19:42:06.Z",
				"2026-12-02T19:42:06.1234567890Z", "2026-12-02 19:42:06Z", "２０２６-12-02T19:42:06Z", "not a time")) {
			assertThat(UtcTimestampDeserializer.parse(text)).as(text).isNull();
			assertThat(outcome(this.clients, text)).as(text).isEqualTo(outcome(this.jackson, text));
		}
		assertThatThrownBy(() -> read(this.clients, "2026-13-02T19:42:06Z")).isInstanceOf(DatabindException.class);
		assertThat(this.clients.readValue("1764704526.5", OffsetDateTime.class))
			.isEqualTo(this.jackson.readValue("1764704526.5", OffsetDateTime.class));
	}

	@Test
	void movesToTheContextZoneWhenJacksonWould() {
		JsonMapper shanghai = JsonMapper.builder().addModule(new ClientJsonModule())
			.defaultTimeZone(java.util.TimeZone.getTimeZone("Asia/Shanghai")).build();
		JsonMapper plainShanghai = JsonMapper.builder()
			.defaultTimeZone(java.util.TimeZone.getTimeZone("Asia/Shanghai")).build();
		String text = "2026-12-02T19:42:06.1Z";
		assertThat(read(shanghai, text)).isEqualTo(read(plainShanghai, text));
		assertThat(read(shanghai, text).getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
		JsonMapper kept = JsonMapper.builder().addModule(new ClientJsonModule())
			.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
		assertThat(read(kept, "2026-12-02T19:42:06+08:00").getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
	}

	@Test
	void theClientsDecoderReadsTimestampsWithIt() {
		var decoder = ClientJsonModule.decoder();
		assertThat(decoder.getMapper().registeredModules()).anyMatch(ClientJsonModule.class::isInstance);
		var buffer = new DefaultDataBufferFactory()
			.wrap("{\"at\":\"2026-12-02T19:42:06.437969Z\"}".getBytes(StandardCharsets.UTF_8));
		Object decoded = decoder.decode(buffer, ResolvableType.forClass(Stamped.class), null,
				null);
		assertThat(decoded).isEqualTo(new Stamped(OffsetDateTime.parse("2026-12-02T19:42:06.437969Z")));
	}

	record Stamped(OffsetDateTime at) {
	}

	/** The value, or the kind of error. */
	private static Object outcome(JsonMapper mapper, String text) {
		try {
			return read(mapper, text);
		}
		catch (RuntimeException ex) {
			return ex.getClass();
		}
	}

	private static OffsetDateTime read(JsonMapper mapper, String text) {
		return mapper.readValue("\"" + text + "\"", OffsetDateTime.class);
	}

}
