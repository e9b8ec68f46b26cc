package dev.huiju.authserver.tokens;

import java.time.Instant;
import java.util.UUID;

import dev.huiju.access.ChannelClient;
import dev.huiju.authserver.users.DemoUser;
import dev.huiju.authserver.users.DemoUsers;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /dev/token}: a token for a demo user and channel client without the browser flow, for
 * scripts, tests and newcomers. Same key, same claims as the real flows; exists only in this development
 * server.
 */
@RestController
class DevTokenController {

	private final DemoUsers users;

	private final RegisteredClientRepository clients;

	private final JwtEncoder encoder;

	private final HuijuClaims claims;

	private final AuthorizationServerSettings settings;

	DevTokenController(DemoUsers users, RegisteredClientRepository clients, JwtEncoder encoder, HuijuClaims claims,
			AuthorizationServerSettings settings) {
		this.users = users;
		this.clients = clients;
		this.encoder = encoder;
		this.claims = claims;
		this.settings = settings;
	}

	@PostMapping("/dev/token")
	ResponseEntity<?> token(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = HuijuClaims.TERMINAL_ID, required = false) String terminalId) {
		DemoUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return ResponseEntity.badRequest().body(TokenError.invalidRequest("unknown user"));
		}
		// A person's token is of a channel client; machines get theirs by client credentials.
		RegisteredClient client = ChannelClient.ofClientId(clientId).map(c -> this.clients.findByClientId(c.clientId()))
			.orElse(null);
		if (client == null) {
			return ResponseEntity.badRequest().body(TokenError.invalidRequest("unknown client"));
		}
		// Required here although the real flows default it: a script should say which terminal it plays.
		if (terminalId == null || terminalId.isBlank()) {
			return ResponseEntity.badRequest().body(TokenError.invalidRequest("terminal_id is required"));
		}
		if (!HuijuClaims.isTerminalId(terminalId)) {
			return ResponseEntity.badRequest()
				.body(TokenError.invalidRequest("terminal_id is 1 to 64 letters, digits, '-' or '_'"));
		}
		return ResponseEntity.ok(TokenResponse.bearer(encode(user, client, terminalId)));
	}

	private String encode(DemoUser user, RegisteredClient client, String terminalId) {
		Instant now = Instant.now();
		// The standard claims as Spring Authorization Server sets them for the real flows.
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.issuer(issuer())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(HuijuClaims.ACCESS_TOKEN_LIFETIME))
			.id(UUID.randomUUID().toString())
			.claim("scope", client.getScopes());
		this.claims.apply(builder, user, client.getClientId(), terminalId);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, builder.build())).getTokenValue();
	}

	/** The configured issuer, else the one the authorization server derives from the request. */
	private String issuer() {
		String issuer = this.settings.getIssuer();
		return (issuer != null) ? issuer : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
