package dev.huiju.authserver;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotForProductionTests {

	@Test
	void theDevelopmentAuthorizationServerRefusesTheProductionProfile() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AuthServerApplication.class).profiles("production")
			.web(WebApplicationType.NONE)
			.run()
			.close()).hasStackTraceContaining("does not run with the production profile");
	}

}
