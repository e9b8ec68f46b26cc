package dev.huiju.bff.channels;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Redis when {@code huiju.redis.enabled} is true; in process otherwise. */
@Configuration(proxyBeanMethods = false)
class PersistedQueryStoreConfiguration {

	@Bean
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "true")
	PersistedQueryStore redisPersistedQueryStore(ObjectProvider<ReactiveStringRedisTemplate> redis) {
		return new RedisPersistedQueryStore(redis.getObject());
	}

	@Bean
	@ConditionalOnProperty(name = "huiju.redis.enabled", havingValue = "false", matchIfMissing = true)
	PersistedQueryStore inProcessPersistedQueryStore() {
		return new InProcessPersistedQueryStore();
	}

}
