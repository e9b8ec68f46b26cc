package dev.huiju.service.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a request of a service's test gets no answer in time, prints every thread of the test's JVM (the service
 * runs in it) to the test's output before the failure is reported: a request that hangs is rare and cannot be
 * reproduced at will, so the evidence has to be taken when it happens. Use with {@code @ExtendWith}.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (timedOut(failure)) {
			StringBuilder dump = new StringBuilder("Threads when " + context.getDisplayName() + " timed out:\n");
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
			System.err.println(dump);
		}
		throw failure;
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
