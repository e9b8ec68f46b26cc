package dev.huiju.clients.bigscreen;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the big screen service answers: figures only, never a person. */
public final class BigscreenDtos {

	private BigscreenDtos() {
	}

	public record IndicatorDto(String key, String label, String unit, String dimension, String combine, String source,
			Double value, long members, OffsetDateTime computedAt, boolean stale, OffsetDateTime lastSuccessAt) {
	}

	public record MemberValueDto(String key, String member, String label, Double value, OffsetDateTime computedAt) {
	}

	public record SeriesDto(String key, List<BucketDto> buckets) {
	}

	public record BucketDto(LocalDateTime at, Double value) {
	}

}
