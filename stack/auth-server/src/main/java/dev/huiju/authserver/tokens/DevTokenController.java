package dev.huiju.authserver.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.huiju.authserver.users.DemoUser;
import dev.huiju.authserver.users.DemoUsers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token}: a token for a demo user and channel client without the browser flow, for
 * scripts and newcomers. Same key, same claims as the real flows; exists only in this development server.
 */
@RestController
class DevTokenController {

	static final Duration LIFETIME = Duration.ofHours(1);

	private final DemoUsers users;

	private final RegisteredClientRepository clients;

	private final JwtEncoder encoder;

	private final HuijuClaims claims;

	private final String issuer;

	DevTokenController(DemoUsers users, RegisteredClientRepository clients, JwtEncoder encoder, HuijuClaims claims,
			@Value("${huiju.auth.issuer}") String issuer) {
		this.users = users;
		this.clients = clients;
		this.encoder = encoder;
		this.claims = claims;
		this.issuer = issuer;
	}

	@PostMapping(path = "/dev/token")
	ResponseEntity<Map<String, Object>> token(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "terminal_id", required = false) String terminalId) {
		DemoUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return invalid("unknown user");
		}
		if (clientId == null || this.clients.findByClientId(clientId) == null) {
			return invalid("unknown client");
		}
		if (terminalId == null || terminalId.isBlank()) {
			return invalid("terminal_id is required");
		}
		Instant now = Instant.now();
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.issuer(this.issuer)
			.audience(List.of(clientId))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(LIFETIME));
		this.claims.apply(builder, user, clientId, terminalId.trim());
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		String jwt = this.encoder.encode(JwtEncoderParameters.from(header, builder.build())).getTokenValue();
		return ResponseEntity.ok(Map.of("access_token", jwt, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds()));
	}

	private static ResponseEntity<Map<String, Object>> invalid(String description) {
		return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "error_description", description));
	}

}
