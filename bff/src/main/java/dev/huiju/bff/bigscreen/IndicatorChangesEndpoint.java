package dev.huiju.bff.bigscreen;

import java.util.List;

import dev.huiju.clients.bigscreen.BigscreenDtos.IndicatorDto;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
		// the service hears that this announcement was lost (and its screens read the values on their next query)
		return this.bus.publish(indicators).onErrorMap(ex -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
				"the indicator bus is unavailable"));
	}

}
