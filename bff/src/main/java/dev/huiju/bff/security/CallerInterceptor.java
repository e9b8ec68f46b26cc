package dev.huiju.bff.security;

import java.time.Clock;
import java.time.Instant;

import dev.huiju.bff.audit.SessionStarts;
import dev.huiju.bff.channels.ChannelPolicies;
import dev.huiju.bff.errors.CorrelationIds;
import dev.huiju.clients.Requester;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Caller} once per request from the verified token and puts it, with the correlation id,
 * into the GraphQL context, where data fetchers and loaders find it whatever thread they run on. As a
 * {@link Requester} in the Reactor context, the caller's token goes with every call a data fetcher makes to a
 * service, which verifies it again.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	private final ChannelPolicies channels;

	private final SessionStarts sessions;

	private final Clock clock;

	CallerInterceptor(ChannelPolicies channels, SessionStarts sessions, Clock clock) {
		this.channels = channels;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.map(auth -> ((JwtAuthenticationToken) auth).getToken())
			.flatMap(token -> {
				// A WebSocket keeps the token of its connection_init: once it expires, the connection runs nothing more.
				if (request instanceof WebSocketGraphQlRequest && token.getExpiresAt() != null
						&& !token.getExpiresAt().isAfter(this.clock.instant())) {
					return Mono.error(new InvalidBearerTokenException("the connection's token has expired"));
				}
				Caller fromToken = CallerFactory.from(token);
				Caller caller = fromToken.withClearanceAtMost(this.channels.of(fromToken.channel()).maxClassification());
				String address = Callers.addressOf(request.getRemoteAddress());
				Requester requester = new Requester(token.getTokenValue());
				return this.sessions.record(token, caller, address).then(Mono.deferContextual(context -> {
					String correlationId = CorrelationIds.from(context);
					request.configureExecutionInput((input, builder) -> builder
						.graphQLContext(values -> values.put(Callers.KEY, caller)
							.put(Callers.REQUESTER_KEY, requester)
							.put(CorrelationIds.KEY, correlationId)
							.put(Callers.ADDRESS_KEY, address)
							.put(Callers.EXPIRES_KEY, (token.getExpiresAt() != null) ? token.getExpiresAt() : Instant.MAX))
						.build());
					return chain.next(request).contextWrite(ctx -> ctx.put(Requester.class, requester));
				}));
			})
			// Over HTTP the security filter chain has already refused a request without a token; a WebSocket
			// operation without one is refused here too (its connection_init is checked first).
			.switchIfEmpty(Mono.defer(() -> (request instanceof WebSocketGraphQlRequest)
					? Mono.error(new InvalidBearerTokenException("a bearer token is required"))
					: chain.next(request)));
	}

}
