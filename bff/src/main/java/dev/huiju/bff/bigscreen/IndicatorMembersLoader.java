package dev.huiju.bff.bigscreen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.bigscreen.BigscreenClient;
import dev.huiju.clients.bigscreen.BigscreenDtos.MemberValueDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * The breakdown of every indicator a level of the query names, in one call: up to {@link #MAX} members each, the
 * highest first; each field keeps its own {@code first} of them. Not cached: a subscription is one operation for
 * as long as it lasts, and each of its values needs the breakdown as it is then.
 */
@DgsDataLoader(name = IndicatorMembersLoader.NAME, caching = false)
class IndicatorMembersLoader implements MappedBatchLoaderWithContext<String, List<MemberValueDto>> {

	static final String NAME = "indicatorMembers";

	static final int MAX = 100;

	private final BigscreenClient bigscreen;

	IndicatorMembersLoader(BigscreenClient bigscreen) {
		this.bigscreen = bigscreen;
	}

	@Override
	public CompletionStage<Map<String, List<MemberValueDto>>> load(Set<String> keys, BatchLoaderEnvironment env) {
		return this.bigscreen.members(keys, MAX).contextWrite(Callers.context(env)).toFuture();
	}

}
