package dev.huiju.bff.channels;

import dev.huiju.schema.generated.types.Classification;

/**
 * What one channel may run: how deep and how costly an operation may be, the largest page it may ask
 * for, how many root fields (aliases included) one operation may have, whether only operations of the
 * persisted manifest may run, and the highest classification it may ever show whoever holds the token.
 */
public record ChannelPolicy(int maxDepth, int maxCost, int maxPageSize, int maxRootFields, boolean safelistOnly,
		Classification maxClassification) {

	/** For a channel without configuration: tight enough to be safe, loose enough to be usable. */
	static final ChannelPolicy STRICT = new ChannelPolicy(6, 500, 20, 5, true, Classification.PUBLIC);

	/** Root fields when the configuration names none: enough for any screen, not for a fan-out by aliases. */
	static final int DEFAULT_MAX_ROOT_FIELDS = 20;

	ChannelPolicy withMaxClassification(Classification cap) {
		return new ChannelPolicy(this.maxDepth, this.maxCost, this.maxPageSize,
				(this.maxRootFields > 0) ? this.maxRootFields : DEFAULT_MAX_ROOT_FIELDS, this.safelistOnly, cap);
	}

}
