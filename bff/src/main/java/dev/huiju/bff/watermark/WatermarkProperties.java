package dev.huiju.bff.watermark;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Watermark keys, from {@code huiju.watermark}. New watermarks are signed with {@code activeKey}; every key
 * still listed in {@code keys} verifies the watermarks it signed, so a key is rotated by adding a new one,
 * making it active, and removing the old one only once its watermarks no longer matter.
 *
 * @param activeKey id of the key that signs new watermarks
 * @param keys key id to secret (Base64, at least 32 bytes)
 * @param ttl how long a watermark is valid after it is issued
 * @param zone the time zone of the displayed time
 */
@ConfigurationProperties("huiju.watermark")
public record WatermarkProperties(String activeKey, Map<String, String> keys, Duration ttl, ZoneId zone) {

	public WatermarkProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		ttl = (ttl != null) ? ttl : Duration.ofHours(8);
		zone = (zone != null) ? zone : ZoneId.of("Asia/Shanghai");
		if (activeKey == null || !keys.containsKey(activeKey)) {
			throw new IllegalArgumentException("huiju.watermark.active-key must name one of huiju.watermark.keys");
		}
	}

}
