package dev.huiju.bff.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingJwtDecoderTests {

	private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	/** Verifies "good-…" tokens (valid for an hour), refuses everything else. */
	private final ReactiveJwtDecoder verifier = token -> {
		this.verifications.incrementAndGet();
		return token.startsWith("good") ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("li.na")
				.issuedAt(NOW).expiresAt(NOW.plusSeconds(3600)).build())
				: Mono.error(new BadJwtException("signature does not verify"));
	};

	@Test
	void aTokenIsVerifiedOnceAndAnsweredFromMemoryUntilItExpires() {
		MutableClock clock = new MutableClock(NOW.plusSeconds(10));
		RememberingJwtDecoder decoder = new RememberingJwtDecoder(this.verifier, clock);
		for (int i = 0; i < 5; i++) {
			assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("li.na");
		}
		assertThat(this.verifications).hasValue(1);
		clock.now = NOW.plusSeconds(3601);
		assertThatThrownBy(() -> decoder.decode("good-1").block()).isInstanceOf(BadJwtException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aRefusedTokenIsRefusedFromMemory() {
		RememberingJwtDecoder decoder = new RememberingJwtDecoder(this.verifier, new MutableClock(NOW));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
		}
		assertThat(this.verifications).hasValue(1);
	}

	private static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
