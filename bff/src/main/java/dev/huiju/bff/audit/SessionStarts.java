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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.huiju.bff.security.Caller;
import reactor.core.publisher.Mono;

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

	private final Map<String, Instant> seen = new ConcurrentHashMap<>();

	SessionStarts(AuditTrail trail, Clock clock, ObjectProvider<ReactiveStringRedisTemplate> redis,
			@Value("${huiju.redis.enabled:false}") boolean redisEnabled) {
		this.trail = trail;
		this.clock = clock;
		this.redis = redisEnabled ? redis.getIfAvailable() : null;
	}

	/** Records a login event the first time this token is used; completes when that is decided. */
	public Mono<Void> record(Jwt token, Caller caller, String address) {
		String id = idOf(token);
		Instant expires = (token.getExpiresAt() != null) ? token.getExpiresAt() : this.clock.instant().plusSeconds(3600);
		Duration keep = Duration.between(this.clock.instant(), expires).plusMinutes(1);
		if (keep.isNegative() || keep.isZero()) {
			return Mono.empty();
		}
		Mono<Boolean> first = (this.redis != null)
				? this.redis.opsForValue().setIfAbsent("huiju:session:" + id, "1", keep).onErrorReturn(Boolean.FALSE)
				: Mono.fromSupplier(() -> firstInProcess(id, expires));
		return first.doOnNext(isFirst -> {
			if (isFirst) {
				this.trail.offer(new AuditEvent(null, OffsetDateTime.now(this.clock), caller.userId(), address,
						caller.channel().name(), caller.terminalId(), caller.clientId(), "login", "OK", 0, List.of(),
						List.of(), List.of(), List.of(), null));
			}
		}).then();
	}

	private boolean firstInProcess(String id, Instant expires) {
		Instant now = this.clock.instant();
		if (this.seen.size() > 100_000) {
			this.seen.values().removeIf(until -> until.isBefore(now));
		}
		return this.seen.putIfAbsent(id, expires) == null;
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
