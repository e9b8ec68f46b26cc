package dev.huiju.service.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ThreadDumpOnTimeoutTests {

	@TempDir
	Path hangs;

	@Test
	void aTimedOutRequestLeavesTheThreadsInTheOutputAndInAFileAndStillFails() throws IOException {
		System.setProperty("huiju.test-hangs.dir", this.hangs.toString());
		ExtensionContext context = mock(ExtensionContext.class);
		given(context.getDisplayName()).willReturn("aRequest()");
		IllegalStateException timeout = new IllegalStateException("Timeout on blocking read for 30000000000 NANOSECONDS");
		String output = errorOutput(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(context, new AssertionError("failed", timeout)))
			.isInstanceOf(AssertionError.class));
		assertThat(output).contains("Threads when aRequest() timed out").contains("aTimedOutRequestLeavesTheThreadsInTheOutput");
		try (Stream<Path> kept = Files.list(this.hangs)) {
			Path file = kept.collect(Collectors.toList()).get(0);
			assertThat(file.getFileName().toString()).endsWith("-aRequest__.txt");
			assertThat(Files.readString(file)).contains("Threads when aRequest() timed out")
				.contains("The same threads one second later")
				.contains("aTimedOutRequestLeavesTheThreadsInTheOutput");
		}
		finally {
			System.clearProperty("huiju.test-hangs.dir");
		}
	}

	@Test
	void anyOtherFailureIsLeftAlone() throws IOException {
		System.setProperty("huiju.test-hangs.dir", this.hangs.toString());
		ExtensionContext context = mock(ExtensionContext.class);
		String output = errorOutput(() -> assertThatThrownBy(
				() -> new ThreadDumpOnTimeout().handleTestExecutionException(context, new AssertionError("expected 200")))
			.hasMessage("expected 200"));
		assertThat(output).isEmpty();
		try (Stream<Path> kept = Files.list(this.hangs)) {
			assertThat(kept).isEmpty();
		}
		finally {
			System.clearProperty("huiju.test-hangs.dir");
		}
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
