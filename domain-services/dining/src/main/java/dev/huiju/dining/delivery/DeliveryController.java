package dev.huiju.dining.delivery;

import java.util.List;

import dev.huiju.dining.access.Caller;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Standing delivery orders: the caller's, a new one, and its pauses, resumptions and stop. */
@RestController
@RequestMapping("/delivery-orders")
class DeliveryController {

	private final DeliveryOrders orders;

	DeliveryController(DeliveryOrders orders) {
		this.orders = orders;
	}

	@GetMapping("/mine")
	Mono<List<DeliveryOrderView>> mine(Actor actor) {
		return this.orders.mine(Caller.of(actor));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<DeliveryOrderView> start(@RequestBody DeliveryRequests.Start request, Actor actor) {
		return this.orders.start(Caller.of(actor), request);
	}

	@PostMapping("/{id}/pause")
	Mono<DeliveryOrderView> pause(@PathVariable long id, @RequestBody DeliveryRequests.Pause request, Actor actor) {
		return this.orders.pause(Caller.of(actor), id, request);
	}

	@PostMapping("/{id}/resume")
	Mono<DeliveryOrderView> resume(@PathVariable long id, @RequestBody DeliveryRequests.Resume request, Actor actor) {
		return this.orders.resume(Caller.of(actor), id, request);
	}

	@PostMapping("/{id}/stop")
	Mono<DeliveryOrderView> stop(@PathVariable long id, @RequestBody DeliveryRequests.Stop request, Actor actor) {
		return this.orders.stop(Caller.of(actor), id, request);
	}

}
