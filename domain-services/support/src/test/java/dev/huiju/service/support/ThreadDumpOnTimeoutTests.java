package dev.huiju.service.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ThreadDumpOnTimeoutTests {

	@Test
	void aTimedOutRequestLeavesTheThreadsInTheOutputAndStillFails() {
		ExtensionContext context = mock(ExtensionContext.class);
		given(context.getDisplayName()).willReturn("aRequest()");
		IllegalStateException timeout = new IllegalStateException("Timeout on blocking read for 30000000000 NANOSECONDS");
		String output = errorOutput(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(context, new AssertionError("failed", timeout)))
			.isInstanceOf(AssertionError.class));
		assertThat(output).contains("Threads when aRequest() timed out").contains("aTimedOutRequestLeavesTheThreadsInTheOutput");
	}

	@Test
	void anyOtherFailureIsLeftAlone() {
		ExtensionContext context = mock(ExtensionContext.class);
		String output = errorOutput(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(context, new AssertionError("expected 200")))
			.hasMessage("expected 200"));
		assertThat(output).isEmpty();
	}

	private static String errorOutput(Runnable run) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true));
		try {
			run.run();
		}
		finally {
			System.setErr(original);
		}
		return captured.toString();
	}

}
