package dev.huiju.bff.bigscreen;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Redis when {@code huiju.redis.enabled} is true; in process otherwise. */
@Configuration(proxyBeanMethods = false)
class IndicatorBusConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "true")
	RedisIndicatorBus redisIndicatorBus(ReactiveStringRedisTemplate redis, ObjectProvider<JsonMapper> json) {
		return new RedisIndicatorBus(redis, json.getIfAvailable(() -> JsonMapper.builder().findAndAddModules().build()));
	}

	@Bean
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "false", matchIfMissing = true)
	InProcessIndicatorBus inProcessIndicatorBus() {
		return new InProcessIndicatorBus();
	}

}
