package dev.huiju.access;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's logging through commons-logging costs nothing at a level that is off (META-INF/services): every huiju
 * JVM has this module, so the BFF, the domain services and the authorization server all log this way.
 */
class DisabledLoggingTests {

	@Test
	void aDebugMessageIsNotTurnedIntoTextWhenDebugIsOff() {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("huiju.quiet")).setLevel(Level.INFO);
		AtomicInteger rendered = new AtomicInteger();
		Object message = new Object() {

			@Override
			public String toString() {
				rendered.incrementAndGet();
				return "rendered";
			}

		};
		Log log = LogFactory.getLog("huiju.quiet");
		log.debug(message);
		log.info(message);
		assertThat(rendered).as("the debug line is skipped, the info line written").hasValue(1);
	}

}
