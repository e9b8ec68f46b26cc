package dev.huiju.bff.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.huiju.schema.generated.types.Channel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The manifest of operations that the safelisted channels may run ({@code persisted-operations.json}),
 * each known by the SHA-256 of its exact query text and allowed on the channels it lists.
 */
@Component
public class PersistedOperations {

	static final String MANIFEST = "persisted-operations.json";

	private final Map<String, Operation> byHash = new HashMap<>();

	public PersistedOperations() {
		try (InputStream in = new ClassPathResource(MANIFEST).getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode node : root.get("operations")) {
				Set<Channel> channels = new java.util.HashSet<>();
				node.get("channels").forEach(c -> channels.add(Channel.valueOf(c.asString())));
				String query = node.get("query").asString();
				this.byHash.put(sha256(query), new Operation(node.get("name").asString(), query, Set.copyOf(channels)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + MANIFEST, ex);
		}
	}

	/** The manifest's operation with this hash, if any. */
	public Optional<Operation> byHash(String sha256) {
		return Optional.ofNullable((sha256 != null) ? this.byHash.get(sha256.toLowerCase()) : null);
	}

	/** Whether this exact query text is in the manifest for the channel. */
	public boolean allows(Channel channel, String query) {
		return query != null && byHash(sha256(query)).filter(op -> op.channels().contains(channel)).isPresent();
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One operation of the manifest. */
	public record Operation(String name, String query, Set<Channel> channels) {
	}

}
