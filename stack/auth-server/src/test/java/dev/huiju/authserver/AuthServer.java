package dev.huiju.authserver;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Talks to a running authorization server over real HTTP, as a browser or script would: cookies kept,
 * redirects left to the caller so each hop can be checked.
 */
final class AuthServer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final URI base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	AuthServer(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	/** A page as a browser asks for it: the authorization server answers HTML callers with redirects to login. */
	HttpResponse<String> browse(String pathOrUrl) {
		return send(HttpRequest.newBuilder(this.base.resolve(pathOrUrl)).header("Accept", "text/html").GET());
	}

	HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).header("Accept", "application/json").GET());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A client-credentials token request, the client authenticated with HTTP Basic. */
	HttpResponse<String> clientCredentials(String clientId, String secret, String scope) {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(this.base.resolve("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + encode(scope))));
	}

	/** A {@code /dev/token} call; the map keeps the caller's order so a test reads like the curl line. */
	HttpResponse<String> devToken(String username, String clientId, String terminalId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("client_id", clientId);
		if (terminalId != null) {
			form.put("terminal_id", terminalId);
		}
		return postForm("/dev/token", form);
	}

	/** Verifies the token against the published JWKS, as the BFF does. */
	Jwt verify(String token) {
		JwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.base.resolve("/oauth2/jwks").toString()).build();
		return decoder.decode(token);
	}

	static Map<String, Object> json(HttpResponse<String> response) {
		return JSON.readValue(response.body(), Map.class);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
