package dev.huiju.service.support.security;

import java.util.List;

import dev.huiju.access.TerminalIds;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Makes a domain service an OAuth2 resource server by being on its classpath: every route but health needs
 * a bearer token signed by the configured issuer's keys, unexpired, naming the huiju audience and a client.
 * Controllers read the caller as an {@link Actor}; no header names a user.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceSecurityAutoConfiguration {

	@Bean
	SecurityWebFilterChain serviceSecurityFilterChain(ServerHttpSecurity http) {
		TokenErrors errors = new TokenErrors();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			// stateless: no web session is asked for on any request
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> {
			}).authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveJwtDecoder.class)
	ReactiveJwtDecoder serviceJwtDecoder(ServiceSecurityProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	/** Issuer, expiry and not-before, the audience, a client, a subject and a well-formed terminal id. */
	public static OAuth2TokenValidator<Jwt> validator(ServiceSecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				aud -> aud != null && aud.contains(properties.audience()));
		OAuth2TokenValidator<Jwt> client = new JwtClaimValidator<String>("client_id",
				clientId -> clientId != null && !clientId.isBlank());
		OAuth2TokenValidator<Jwt> subject = new JwtClaimValidator<Object>("sub", sub -> sub != null);
		OAuth2TokenValidator<Jwt> terminal = new JwtClaimValidator<Object>("terminal_id", TerminalIds::isAcceptableClaim);
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()), audience,
				client, subject, terminal);
	}

	@Bean
	WebFluxConfigurer actorArguments() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new ActorArgumentResolver());
			}
		};
	}

}
