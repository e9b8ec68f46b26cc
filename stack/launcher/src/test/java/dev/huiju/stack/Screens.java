package dev.huiju.stack;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/** A screen's graphql-ws connection to a BFF: the token in {@code connection_init}, as browsers send it. */
final class Screens {

	private Screens() {
	}

	/** {@code token} null: a connection_init without one. */
	static WebSocketGraphQlClient connect(String bffUrl, String token) {
		URI url = URI.create(bffUrl.replace("http://", "ws://") + "/graphql/ws");
		return WebSocketGraphQlClient.builder(url, new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just((token != null) ? Map.of("Authorization", "Bearer " + token) : Map.of());
				}
			})
			.build();
	}

}
