package dev.huiju.clients.bigscreen;

import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import dev.huiju.clients.bigscreen.BigscreenDtos.MemberValueDto;
import dev.huiju.clients.bigscreen.BigscreenDtos.SeriesDto;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The big screen service's HTTP interface. */
@HttpExchange(accept = "application/json")
public interface BigscreenApi {

	@GetExchange("/indicators")
	Mono<List<IndicatorDto>> indicators(@RequestParam(name = "keys", required = false) String keys);

	@GetExchange("/indicators/members")
	Mono<List<MemberValueDto>> members(@RequestParam("keys") String keys, @RequestParam("limit") int limit);

	@GetExchange("/indicators/history")
	Mono<List<SeriesDto>> history(@RequestParam("keys") String keys, @RequestParam("from") String from,
			@RequestParam("to") String to, @RequestParam("granularity") String granularity,
			@RequestParam(name = "member", required = false) String member);

}
