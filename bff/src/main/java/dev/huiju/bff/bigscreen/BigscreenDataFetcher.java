package dev.huiju.bff.bigscreen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.PageSizes;
import dev.huiju.clients.bigscreen.BigscreenClient;
import dev.huiju.clients.bigscreen.BigscreenDtos.BucketDto;
import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import dev.huiju.clients.bigscreen.BigscreenDtos.MemberValueDto;
import dev.huiju.clients.bigscreen.BigscreenDtos.SeriesDto;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.Granularity;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The cockpit's queries; every figure is computed by the big screen service, in its database. */
@DgsComponent
class BigscreenDataFetcher {

	private final BigscreenClient bigscreen;

	BigscreenDataFetcher(BigscreenClient bigscreen) {
		this.bigscreen = bigscreen;
	}

	@DgsQuery(field = DgsConstants.QUERY.Indicators)
	Mono<List<IndicatorDto>> indicators(@InputArgument List<String> keys) {
		String asked = (keys == null) ? null : String.join(",", keys);
		return this.bigscreen.read(api -> api.indicators(asked));
	}

	@DgsQuery(field = DgsConstants.QUERY.IndicatorHistory)
	Mono<List<SeriesDto>> indicatorHistory(@InputArgument List<String> keys, @InputArgument LocalDate from,
			@InputArgument LocalDate to, @InputArgument Granularity granularity, @InputArgument String member) {
		Granularity unit = (granularity != null) ? granularity : Granularity.DAY;
		return this.bigscreen.read(api -> api.history(String.join(",", keys), from.toString(), to.toString(),
				unit.name(), member));
	}

	@DgsQuery(field = DgsConstants.QUERY.IndicatorTop)
	Mono<List<MemberValueDto>> indicatorTop(@InputArgument String key, @InputArgument Integer first) {
		int limit = PageSizes.of(first, 10, IndicatorMembersLoader.MAX);
		return this.bigscreen.read(api -> api.members(key, limit));
	}

	@DgsData(parentType = DgsConstants.INDICATOR.TYPE_NAME, field = DgsConstants.INDICATOR.Breakdown)
	CompletableFuture<List<MemberValueDto>> breakdown(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int limit = PageSizes.of(first, 20, IndicatorMembersLoader.MAX);
		DataLoader<String, List<MemberValueDto>> loader = env.getDataLoader(IndicatorMembersLoader.NAME);
		return loader.load(env.<IndicatorDto>getSource().key())
			.thenApply(found -> (found == null) ? List.of() : found.stream().limit(limit).toList());
	}

	@DgsData(parentType = DgsConstants.INDICATORBUCKET.TYPE_NAME, field = DgsConstants.INDICATORBUCKET.At)
	String at(DgsDataFetchingEnvironment env) {
		return env.<BucketDto>getSource().at().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

}
