package dev.huiju.authserver;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser flow a channel front end runs: authorize, log in with the form, exchange the code with PKCE. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizationCodeFlowTests {

	private static final String REDIRECT_URI = "http://localhost:3000/callback";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	AuthServer browser;

	@BeforeEach
	void connect() {
		this.browser = new AuthServer(this.port);
	}

	@Test
	void accessTokenOfTheAuthorizationCodeFlowCarriesTheSameClaimsAsTheDevToken() {
		Jwt real = this.browser.verify(signInAndExchange("chen.jie", "demo", "web-portal", "pc-042"));
		Jwt dev = this.browser.verify(accessToken(this.browser.devToken("chen.jie", "web-portal", "pc-042")));

		assertThat(withoutPerTokenClaims(real)).isEqualTo(withoutPerTokenClaims(dev));
		assertThat(real.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
		assertThat(dev.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
		assertThat(real.getClaimAsString("terminal_id")).isEqualTo("pc-042");
		assertThat(real.getClaimAsString("client_id")).isEqualTo("web-portal");
		assertThat(real.getClaimAsStringList("roles")).containsExactly("LEADER", "APPROVER");
		assertThat(Duration.between(real.getIssuedAt(), real.getExpiresAt())).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void tokenRequestWithoutTerminalIdGetsAnUnknownTerminal() {
		Jwt real = this.browser.verify(signInAndExchange("zhao.lei", "demo", "mobile-app", null));

		assertThat(real.getClaimAsString("terminal_id")).isEqualTo("unknown");
		assertThat(real.getClaimAsString("client_id")).isEqualTo("mobile-app");
		assertThat(real.getClaimAsStringList("roles")).containsExactly("CANTEEN_OPERATOR");
	}

	@Test
	void wrongPasswordDoesNotSignIn() {
		HttpResponse<String> login = logIn("li.na", "not-demo", authorize("dashboard", challenge(verifier())));

		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
	}

	/** The whole flow; {@code terminalId} null leaves the parameter out of the token request. */
	private String signInAndExchange(String username, String password, String clientId, String terminalId) {
		String verifier = verifier();
		HttpResponse<String> login = logIn(username, password, authorize(clientId, challenge(verifier)));
		assertThat(login.statusCode()).isEqualTo(302);

		HttpResponse<String> resumed = this.browser.browse(location(login));
		assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(302);
		URI callback = URI.create(location(resumed));
		assertThat(callback.toString()).startsWith(REDIRECT_URI);
		String code = UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");

		Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", REDIRECT_URI, "client_id", clientId, "code_verifier", verifier));
		if (terminalId != null) {
			form.put("terminal_id", terminalId);
		}
		return accessToken(this.browser.postForm("/oauth2/token", form));
	}

	/** Starts the flow; an anonymous browser is sent to the login form. */
	private String authorize(String clientId, String challenge) {
		String path = UriComponentsBuilder.fromPath("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", clientId)
			.queryParam("redirect_uri", REDIRECT_URI)
			.queryParam("scope", "openid profile")
			.queryParam("state", "s-1")
			.queryParam("code_challenge", challenge)
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUriString();
		HttpResponse<String> response = this.browser.browse(path);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).endsWith("/login");
		return location(response);
	}

	private HttpResponse<String> logIn(String username, String password, String loginPage) {
		HttpResponse<String> page = this.browser.browse(loginPage);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as(page.body()).isTrue();
		return this.browser.postForm("/login",
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
	}

	private static Map<String, Object> withoutPerTokenClaims(Jwt jwt) {
		Map<String, Object> claims = new HashMap<>(jwt.getClaims());
		for (String perToken : new String[] { "iat", "nbf", "exp", "jti", "scope" }) {
			claims.remove(perToken);
		}
		return claims;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String accessToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) AuthServer.json(response).get("access_token");
	}

	private static String verifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
