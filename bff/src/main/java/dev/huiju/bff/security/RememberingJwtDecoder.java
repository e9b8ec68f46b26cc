package dev.huiju.bff.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies each distinct token once. A front end sends the same token with every request for an hour, and an
 * RS256 check costs tens of microseconds of CPU: a token already verified is answered from memory until it
 * expires (its expiry checked on every use), and a token already refused (bad signature, expired, wrong
 * audience) is refused from memory, so a flood that repeats bad tokens costs a lookup, not a verification.
 * Both memories are bounded; refusals are forgotten after five minutes, in case a key the issuer had not yet
 * published was the reason.
 */
class RememberingJwtDecoder implements ReactiveJwtDecoder {

	static final int CAPACITY = 50_000;

	private static final Duration REFUSALS_KEPT = Duration.ofMinutes(5);

	private final ReactiveJwtDecoder verifier;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	private final Cache<String, BadJwtException> refused;

	RememberingJwtDecoder(ReactiveJwtDecoder verifier, Clock clock) {
		this.verifier = verifier;
		this.clock = clock;
		this.verified = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(Duration.ofHours(2)).build();
		this.refused = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfterWrite(REFUSALS_KEPT).build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			if (known.getExpiresAt() != null && known.getExpiresAt().isAfter(this.clock.instant())) {
				return Mono.just(known);
			}
			this.verified.invalidate(token);
			return Mono.error(new BadJwtException("Jwt expired at " + known.getExpiresAt()));
		}
		BadJwtException refusal = this.refused.getIfPresent(token);
		if (refusal != null) {
			return Mono.error(refusal);
		}
		return this.verifier.decode(token)
			.doOnNext(jwt -> remember(token, jwt))
			.doOnError(BadJwtException.class, bad -> this.refused.put(token, bad));
	}

	private void remember(String token, Jwt jwt) {
		Instant expires = jwt.getExpiresAt();
		if (expires != null && expires.isAfter(this.clock.instant())) {
			this.verified.put(token, jwt);
		}
	}

}
