package dev.huiju.bff.security;

import dev.huiju.bff.GraphQlPosts;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A request is timed as a whole; its security filters, authentication and authorization are not observed one by one. */
@SpringBootTest
@AutoConfigureWebTestClient
class SecurityObservationsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MeterRegistry meters;

	@Test
	void theRequestIsObservedAndItsSecurityStepsAreNot() {
		GraphQlPosts.asClerk(this.http, "{ me { channel } }").expectStatus().isOk();
		assertThat(this.meters.find("http.server.requests").timers()).isNotEmpty();
		assertThat(this.meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security."));
	}

}
