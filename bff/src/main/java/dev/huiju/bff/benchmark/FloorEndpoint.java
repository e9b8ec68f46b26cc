package dev.huiju.bff.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The benchmark's floor (b): {@code GET /benchmark/floor?bytes=N} answers a precomputed JSON body of N bytes
 * through the same server, security and filters as {@code /graphql}, and does nothing else. Only with
 * {@code huiju.benchmark.floor=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "huiju.benchmark.floor", havingValue = "true")
class FloorEndpoint {

	private static final int MAX_BYTES = 1 << 20;

	private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

	@Bean
	RouterFunction<ServerResponse> benchmarkFloor() {
		return RouterFunctions.route().GET("/benchmark/floor", request -> {
			int size = request.queryParam("bytes").map(Integer::parseInt).orElse(1024);
			byte[] body = this.bodies.computeIfAbsent(Math.max(16, Math.min(size, MAX_BYTES)), FloorEndpoint::body);
			return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}).build();
	}

	private static byte[] body(int size) {
		byte[] padding = new byte[size - 12];
		Arrays.fill(padding, (byte) 'x');
		return ("{\"data\":\"" + new String(padding, StandardCharsets.US_ASCII) + "\"}\n").getBytes(StandardCharsets.US_ASCII);
	}


}
