package dev.huiju.authserver;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The two filter chains: the authorization server's own endpoints first, then form login, the open
 * development token endpoint and health for everything else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// Browsers are sent to the login form; API callers keep the OAuth2 error responses.
			.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/dev/token", "/actuator/health", "/actuator/health/**", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			// Scripts post to /dev/token without a session, so there is no CSRF token to send.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/dev/token"))
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties) {
		AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
		if (isKnownBeforeStartup(properties.issuer())) {
			settings.issuer(properties.issuer());
		}
		// Otherwise the issuer is derived from each request, which names the port actually bound.
		return settings.build();
	}

	private static boolean isKnownBeforeStartup(String issuer) {
		return StringUtils.hasText(issuer) && URI.create(issuer).getPort() != 0;
	}

}
