package dev.huiju.bff.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.huiju.access.TerminalIds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Every GraphQL request needs a valid bearer token of one of the channel clients; GraphiQL's page and
 * assets and the health probe are open; the other actuator endpoints are the system administrator's.
 * (Absent when the jar runs as a command, without a web server.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/**
	 * Announcements from the big screen service ({@code /internal/**}): the client-credentials token of a configured
	 * publisher ({@code huiju.security.publishers}), of this issuer and audience, with the scope
	 * {@code indicators:publish}; no channel, no person. Before the main chain.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain internalFilterChain(ServerHttpSecurity http, SecurityProperties properties,
			GraphQlAuthErrors errors) {
		NimbusReactiveJwtDecoder machines = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		// a publisher's own token: its client and subject are the machine itself, never a person acting through it
		OAuth2TokenValidator<Jwt> publisher = jwt -> properties.publishersOrDefault().contains(
				jwt.getClaimAsString("client_id")) && jwt.getClaimAsString("client_id").equals(jwt.getSubject())
						? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not a publisher", null));
		machines.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer()), new JwtClaimValidator<List<String>>("aud",
						aud -> aud != null && aud.contains(properties.audienceOrDefault())), publisher));
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/internal/**"))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/internal/indicator-changes")
				.hasAuthority("SCOPE_indicators:publish")
				.anyExchange()
				.denyAll())
			.oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtDecoder(machines))
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.build();
	}

	/**
	 * Subscriptions over WebSocket ({@code /graphql/ws}, graphql-ws): a browser cannot set a header on the handshake,
	 * so the token comes in the {@code connection_init} message ({@code {"Authorization": "Bearer …"}}), verified by
	 * the same decoder, roles and scopes as a request's; every operation of the connection then runs as that caller.
	 * First of the interceptors, so that the caller's own ({@code CallerInterceptor}) finds the authentication.
	 */
	/**
	 * No observation of each security filter, authentication and authorization: wrapping every filter of every
	 * request cost the BFF more CPU than the rules it checks, and the request's own observation
	 * ({@code http.server.requests}) already times it.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	TokenRequiredWebSocketAuthentication webSocketAuthentication(ReactiveJwtDecoder decoder) {
		JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(decoder);
		manager.setJwtAuthenticationConverter(rolesAndScopes());
		return new TokenRequiredWebSocketAuthentication(manager);
	}

	@Bean
	SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, GraphQlAuthErrors errors) {
		// Stateless: every request carries its token. Without these, the request cache and the default security
		// context repository ask for a web session on every request (a random id made on another thread).
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.pathMatchers(HttpMethod.OPTIONS)
				.permitAll()
				.pathMatchers("/graphiql", "/webjars/**", "/actuator/health", "/actuator/health/**")
				.permitAll()
				// the handshake only: the connection's first message carries the token, checked before any operation
				.pathMatchers(HttpMethod.GET, "/graphql/ws")
				.permitAll()
				// Metrics and breaker states tell an attacker what is failing: the system administrator only.
				.pathMatchers("/actuator/**")
				.hasRole(AdministratorRoles.SYSTEM)
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAndScopes()))
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.build();
	}

	/** The token's scopes as {@code SCOPE_} authorities, as by default, and its roles as {@code ROLE_} ones. */
	private static ReactiveJwtAuthenticationConverterAdapter rolesAndScopes() {
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
			List<String> roles = jwt.getClaimAsStringList("roles");
			if (roles != null) {
				roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
			}
			return authorities;
		});
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

	/** Verifies with the issuer's keys and the checks below, each distinct token once (see {@link RememberingJwtDecoder}). */
	@Bean
	ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, Clock clock) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		OAuth2TokenValidator<Jwt> knownChannel = jwt -> ChannelClients.channelOf(jwt.getClaimAsString("client_id"))
			.isPresent() ? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "unknown client", null));
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				aud -> aud != null && aud.contains(properties.audienceOrDefault()));
		// The terminal id is printed in watermarks: a token carrying anything but a short token is refused.
		OAuth2TokenValidator<Jwt> terminal = new JwtClaimValidator<Object>("terminal_id",
				TerminalIds::isAcceptableClaim);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer()), audience, knownChannel, terminal,
				AdministratorRoles.validator()));
		return new RememberingJwtDecoder(decoder, clock);
	}

}
