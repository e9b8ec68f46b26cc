package dev.huiju.service.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a request of a service's test gets no answer in time, prints every thread of the test's JVM (the service
 * runs in it), twice a second apart, to the test's output before the failure is reported: a request that hangs
 * is rare and cannot be reproduced at will, so the evidence has to be taken when it happens. Use with
 * {@code @ExtendWith}. The dump is also written to a file of its own under {@code huiju.test-hangs.dir} (default
 * {@code <java.io.tmpdir>/huiju-test-hangs}): the build keeps test output in {@code target/}, which a throw-away
 * clone (CI's, a fresh-clone check) takes with it.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (timedOut(failure)) {
			// Twice, a second apart: a thread on the same frames in both is spinning, not passing through.
			StringBuilder dump = threads(new StringBuilder("Threads when " + context.getDisplayName() + " timed out:\n"));
			Thread.sleep(1000);
			threads(dump.append("\nThe same threads one second later:\n"));
			System.err.println(dump);
			keep(context.getDisplayName(), dump.toString());
		}
		throw failure;
	}

	private static StringBuilder threads(StringBuilder dump) {
		for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			dump.append(thread.getThreadName()).append(" ").append(thread.getThreadState());
			if (thread.getLockName() != null) {
				dump.append(" on ").append(thread.getLockName());
			}
			dump.append('\n');
			for (StackTraceElement frame : thread.getStackTrace()) {
				dump.append("\tat ").append(frame).append('\n');
			}
		}
		return dump;
	}

	static Path directory() {
		return Path.of(System.getProperty("huiju.test-hangs.dir",
				Path.of(System.getProperty("java.io.tmpdir"), "huiju-test-hangs").toString()));
	}

	private static void keep(String test, String dump) {
		try {
			Path file = directory().resolve(Instant.now().toString().replace(':', '-') + "-"
					+ test.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, dump);
			System.err.println("(kept in " + file + ")");
		}
		catch (IOException | RuntimeException unwritable) {
			System.err.println("the thread dump could not be kept in a file: " + unwritable);
		}
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("Timeout on blocking read")) {
				return true;
			}
		}
		return false;
	}

}
