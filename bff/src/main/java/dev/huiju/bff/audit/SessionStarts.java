package dev.huiju.bff.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import dev.huiju.bff.security.Caller;
import dev.huiju.clients.cache.ExpiresAt;
import reactor.core.publisher.Mono;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * A login, as the BFF sees one: the first request made with a token is an audit event ({@code login}) naming
 * the user, the channel, the terminal and the address. Tokens already seen are remembered until they expire,
 * in Redis when enabled (so that instances agree), in process otherwise.
 */
@Component
public class SessionStarts {

	private final AuditTrail trail;

	private final Clock clock;

	private final ReactiveStringRedisTemplate redis;

	static final int CAPACITY = 100_000;

	/**
	 * Tokens already seen by this instance, until they expire, at most {@value #CAPACITY}: a token seen here
	 * costs no Redis round trip on its later requests. With Redis disabled it is the whole record.
	 */
	private final Cache<String, Instant> seen;

	SessionStarts(AuditTrail trail, Clock clock, ObjectProvider<ReactiveStringRedisTemplate> redis,
			@Value("${huiju.redis.enabled:false}") boolean redisEnabled) {
		this.trail = trail;
		this.clock = clock;
		this.redis = redisEnabled ? redis.getIfAvailable() : null;
		this.seen = Caffeine.newBuilder()
			.maximumSize(CAPACITY)
			.expireAfter(ExpiresAt.<String, Instant>of(Instant::toEpochMilli, clock))
			.build();
	}

	/** Records a login event the first time this token is used; completes when that is decided. */
	public Mono<Void> record(Jwt token, Caller caller, String address) {
		String id = idOf(token);
		Instant expires = (token.getExpiresAt() != null) ? token.getExpiresAt() : this.clock.instant().plusSeconds(3600);
		Duration keep = Duration.between(this.clock.instant(), expires).plusMinutes(1);
		if (keep.isNegative() || keep.isZero()) {
			return Mono.empty();
		}
		boolean newHere = this.seen.asMap().putIfAbsent(id, expires) == null;
		if (!newHere) {
			return Mono.empty();
		}
		// New to this instance: another instance may have seen it first, which Redis decides.
		Mono<Boolean> first = (this.redis != null)
				? this.redis.opsForValue().setIfAbsent("huiju:session:" + id, "1", keep).onErrorReturn(Boolean.FALSE)
				: Mono.just(Boolean.TRUE);
		return first.doOnNext(isFirst -> {
			if (isFirst) {
				this.trail.offer(new AuditEvent(null, OffsetDateTime.now(this.clock), caller.userId(), address,
						caller.channel().name(), caller.terminalId(), caller.clientId(), "login", "OK", 0, List.of(),
						List.of(), List.of(), List.of(), null));
			}
		}).then();
	}

	private static String idOf(Jwt token) {
		if (token.getId() != null) {
			return token.getId();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getTokenValue().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
