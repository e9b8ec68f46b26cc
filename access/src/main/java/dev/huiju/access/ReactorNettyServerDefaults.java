package dev.huiju.access;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The Reactor Netty server setting every huiju server runs with, set as each Spring application starts and before
 * its server does (Reactor Netty reads it once, when its HTTP handler class loads).
 * <p>
 * A request that comes on a kept-alive connection before the previous request's operations have terminated (a
 * client that sends its next request as soon as it has read the answer) is queued; when it then completes at once,
 * as a refusal or an answer from memory does, Reactor Netty 1.3 stops reading the connection, and the next request
 * waits until the client gives up and closes it (reactor-netty#4361, fixed after the 1.3 releases served here).
 * With {@code reactor.netty.http.server.lastFlushWhenNoRead} the previous operations are terminated when the next
 * request arrives and that request is handled at once, never queued; the last flush of an answer also waits for
 * the end of the read that brought its request, one flush for both. A value given on the command line is kept.
 */
public class ReactorNettyServerDefaults implements EnvironmentPostProcessor {

	static final String LAST_FLUSH_WHEN_NO_READ = "reactor.netty.http.server.lastFlushWhenNoRead";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(LAST_FLUSH_WHEN_NO_READ) == null) {
			System.setProperty(LAST_FLUSH_WHEN_NO_READ, "true");
		}
	}

}
