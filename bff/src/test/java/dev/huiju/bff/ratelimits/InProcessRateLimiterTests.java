package dev.huiju.bff.ratelimits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRateLimiterTests {

	private final RateLimitProperties properties = new RateLimitProperties(
			Map.of("directory", new RateLimitProperties.Allowance(3, Duration.ofMinutes(1))));

	@Test
	void countersOfManyCallersStayWithinTheCapacity() {
		InProcessRateLimiter limiter = new InProcessRateLimiter(this.properties, Clock.systemUTC(), 1_000);
		for (int i = 0; i < 5_000; i++) {
			limiter.take("directory", "user" + i).block();
		}
		assertThat(limiter.size()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void aCallerPastTheLimitIsRefusedUntilTheWindowEnds() {
		InProcessRateLimiter limiter = new InProcessRateLimiter(this.properties, Clock.systemUTC(), 1_000);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.take("directory", "li.na").block().allowed()).isTrue();
		}
		RateLimiter.Verdict refused = limiter.take("directory", "li.na").block();
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
	}

}
