package dev.huiju.bff.graphiql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves GraphiQL at {@code /graphiql} with React and GraphiQL from the WebJars on the classpath, so it
 * works where no CDN can be reached. Off with {@code huiju.graphiql.enabled=false} (the production profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "huiju.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlPage {

	@Bean
	RouterFunction<ServerResponse> graphiqlRoute() throws IOException {
		String page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);
		return RouterFunctions.route()
			.GET("/graphiql", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
			.build();
	}

}
