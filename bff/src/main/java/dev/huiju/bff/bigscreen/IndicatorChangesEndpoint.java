package dev.huiju.bff.bigscreen;

import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the big screen service announces changed indicators (its token's scope {@code indicators:publish}, see
 * {@code SecurityConfiguration}); whichever instance it reaches puts them on the bus for all.
 */
@RestController
class IndicatorChangesEndpoint {

	private final IndicatorBus bus;

	IndicatorChangesEndpoint(IndicatorBus bus) {
		this.bus = bus;
	}

	@PostMapping("/internal/indicator-changes")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Void> changed(@RequestBody List<IndicatorDto> indicators) {
		return this.bus.publish(indicators);
	}

}
