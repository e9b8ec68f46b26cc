package dev.huiju.bff.ratelimits;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The allowance of each bucket named by {@code @rateLimited}, from {@code huiju.rate-limits}; a bucket left
 * out allows 60 calls a minute.
 */
@ConfigurationProperties("huiju.rate-limits")
public record RateLimitProperties(Map<String, Allowance> buckets) {

	public RateLimitProperties {
		buckets = (buckets != null) ? Map.copyOf(buckets) : Map.of();
	}

	public Allowance of(String bucket) {
		return this.buckets.getOrDefault(bucket, new Allowance(60, Duration.ofMinutes(1)));
	}

	/** At most {@code limit} calls per user in each fixed window. */
	public record Allowance(int limit, Duration window) {

		public Allowance {
			window = (window != null) ? window : Duration.ofMinutes(1);
		}

	}

}
