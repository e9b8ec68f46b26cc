package dev.huiju.service.support.security;

import dev.huiju.access.TokenIdentity;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

/** Gives a controller method its {@link Actor}, read from the token the security filter has verified. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(auth -> ((JwtAuthenticationToken) auth).getToken())
			.map(jwt -> (Object) new Actor(TokenIdentity.from(jwt.getClaims()), jwt.getTokenValue()))
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("no verified token on an authenticated route")));
	}

}
