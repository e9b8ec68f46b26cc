package dev.huiju.authserver;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * This authorization server hands out tokens for any demo user without a password ({@code /dev/token}) and
 * keeps its clients' secrets in its configuration: it refuses to start with the production profile, where the
 * organisation's own identity provider issues the tokens.
 */
public class NotForProduction implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of("production"))) {
			throw new IllegalStateException("the development authorization server does not run with the production "
					+ "profile: production uses the organisation's identity provider (docs/decisions/0003)");
		}
	}

}
