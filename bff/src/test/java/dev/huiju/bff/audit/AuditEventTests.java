package dev.huiju.bff.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventTests {

	@Test
	void aValueLongerThanItsColumnIsCutToTheWidthAndSaysHowMuchWasLeftOut() {
		String name = "Q" + "x".repeat(250);
		AuditEvent event = new AuditEvent(null, OffsetDateTime.now(), "u", null, null, "t".repeat(300), name, "query",
				"OK", 1, List.of(), List.of(), List.of(), List.of(), null);
		assertThat(event.operationName()).hasSize(AuditEvent.OPERATION_NAME).startsWith("Qxxx").endsWith("…[+57]");
		assertThat(event.terminalId()).hasSize(AuditEvent.TERMINAL_ID).endsWith("…[+179]");
		assertThat(event.userId()).isEqualTo("u");
	}

	@Test
	void charactersOutsideTheBasicPlaneCountAsOne() {
		String value = "😀".repeat(70);
		assertThat(AuditEvent.bounded(value, 64).codePointCount(0, AuditEvent.bounded(value, 64).length())).isEqualTo(64);
		assertThat(AuditEvent.bounded("short", 64)).isEqualTo("short");
	}

}
