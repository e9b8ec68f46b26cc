package dev.huiju.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the stack under test runs, and real tokens for the benchmark's users. */
final class Stack {

	static final String BFF = System.getProperty("bff", "http://localhost:8080");

	static final String AUTH = System.getProperty("auth", "http://localhost:9000");

	static final String DIRECTORY = System.getProperty("directory", "http://localhost:8081");

	static final String DOCUMENTS = System.getProperty("documents", "http://localhost:8082");

	static final String MEETINGS = System.getProperty("meetings", "http://localhost:8083");

	static final String DINING = System.getProperty("dining", "http://localhost:8084");

	static final String ELDERCARE = System.getProperty("eldercare", "http://localhost:8085");

	static final int USERS = Integer.getInteger("users", 200);

	static final int SECONDS = Integer.getInteger("seconds", 30);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private Stack() {
	}

	/** The benchmark's users: approvers and a leader of two departments, with the clearance their tokens say. */
	static List<Map<String, Object>> users(String clientId) {
		List<Map<String, Object>> users = new ArrayList<>();
		for (String[] user : new String[][] { { "li.na", "SECRET", "dept-office" },
				{ "wang.fang", "SECRET", "dept-finance" }, { "chen.jie", "CONFIDENTIAL", "dept-office" } }) {
			Map<String, Object> row = new HashMap<>();
			row.put("user", user[0]);
			row.put("clearance", user[1]);
			row.put("department", user[2]);
			row.put("token", token(user[0], clientId));
			users.add(row);
		}
		return users;
	}

	static String token(String username, String clientId) {
		String form = "username=" + enc(username) + "&client_id=" + enc(clientId) + "&terminal_id=benchmark";
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(AUTH + "/dev/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			Matcher matcher = TOKEN.matcher(response.body());
			if (!matcher.find()) {
				throw new IllegalStateException("no token for " + username + ": " + response.body());
			}
			return matcher.group(1);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("the authorization server at " + AUTH + " does not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A GraphQL request body. */
	static String graphQl(String query, String variablesJson) {
		return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\",\"variables\":"
				+ variablesJson + "}";
	}

	static String resource(String name) {
		try (var in = Stack.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new IllegalStateException("no resource " + name, ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
