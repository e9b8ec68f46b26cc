package dev.huiju.bff.security;

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.AbstractAuthenticationWebSocketInterceptor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Spring for GraphQL's token check of {@code connection_init} (as its WebFlux interceptor does it), except that a
 * connection without any token is closed (4401) before any operation, where Spring would let it through as
 * anonymous.
 */
class TokenRequiredWebSocketAuthentication extends AbstractAuthenticationWebSocketInterceptor {

	private final ReactiveAuthenticationManager manager;

	TokenRequiredWebSocketAuthentication(ReactiveAuthenticationManager manager) {
		super(new BearerTokenAuthenticationExtractor());
		this.manager = manager;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
		Object authorization = (payload != null) ? payload.get(BearerTokenAuthenticationExtractor.AUTHORIZATION_KEY)
				: null;
		if (!(authorization instanceof String value) || value.isBlank()) {
			return Mono.error(new InvalidBearerTokenException("connection_init carries no bearer token"));
		}
		return super.handleConnectionInitialization(info, payload);
	}

	@Override
	protected Mono<Authentication> authenticate(Authentication authentication) {
		return this.manager.authenticate(authentication);
	}

	@Override
	protected ContextView getContextToWrite(SecurityContext context) {
		return ReactiveSecurityContextHolder.withSecurityContext(Mono.just(context));
	}

}
