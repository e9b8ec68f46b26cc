package dev.huiju.bff.ratelimits;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Redis when {@code huiju.redis.enabled} is true (production, shared by instances); in process otherwise. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

	@Bean
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "true")
	RateLimiter redisRateLimiter(ObjectProvider<ReactiveStringRedisTemplate> redis, RateLimitProperties properties,
			Clock clock) {
		return new RedisRateLimiter(redis.getObject(), properties, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "false", matchIfMissing = true)
	RateLimiter inProcessRateLimiter(RateLimitProperties properties, Clock clock) {
		return new InProcessRateLimiter(properties, clock);
	}

}
