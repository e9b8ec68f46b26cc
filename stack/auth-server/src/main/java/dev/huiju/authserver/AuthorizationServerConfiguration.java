package dev.huiju.authserver;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.huiju.authserver.tokens.HuijuClaims;
import dev.huiju.authserver.users.DemoUsers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Authorization Server with the four channel clients (public, authorization code with PKCE) and the
 * demo users. The signing key is made at start-up: tokens do not outlive the process.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	static final List<String> CHANNEL_CLIENTS = List.of("web-portal", "mobile-app", "mini-program", "dashboard");

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
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
			.csrf(csrf -> csrf.ignoringRequestMatchers("/dev/token"))
			.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	RegisteredClientRepository channelClients(
			@Value("${huiju.auth.redirect-uris:http://localhost:3000/callback,http://127.0.0.1:3000/callback}") List<String> redirectUris) {
		List<RegisteredClient> clients = CHANNEL_CLIENTS.stream().map(id -> {
			RegisteredClient.Builder client = RegisteredClient.withId(UUID.nameUUIDFromBytes(id.getBytes()).toString())
				.clientId(id)
				.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.scope("openid")
				.scope("profile")
				.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
			redirectUris.forEach(client::redirectUri);
			return client.build();
		}).toList();
		return new InMemoryRegisteredClientRepository(clients);
	}

	@Bean
	UserDetailsService demoUserAccounts() {
		return new InMemoryUserDetailsManager(DemoUsers.ALL.stream()
			.map(u -> User.withUsername(u.username()).password("{noop}demo").roles(u.roles().toArray(String[]::new)).build())
			.toList());
	}

	@Bean
	JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> signingKey) {
		return new NimbusJwtEncoder(signingKey);
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKey) {
		return NimbusJwtDecoder.withJwkSource(signingKey).build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(@Value("${huiju.auth.issuer}") String issuer) {
		return AuthorizationServerSettings.builder().issuer(issuer).build();
	}

	/** Access tokens of the real flows carry the same claims as those of {@code /dev/token}. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> huijuAccessTokenClaims(DemoUsers users, HuijuClaims claims) {
		return context -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			users.find(context.getPrincipal().getName()).ifPresent(user -> claims.apply(context.getClaims(), user,
					context.getRegisteredClient().getClientId(), terminalIdOfTokenRequest()));
		};
	}

	private static String terminalIdOfTokenRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getParameter("terminal_id");
		}
		return null;
	}

}
