package dev.huiju.bff.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of this instance's chain (instance, last number, last hash, time, key, HMAC-SM3), appended
 * to a file outside the audited database ({@code huiju.audit.checkpoints}; docs/decisions/0004 says why a
 * file and where it goes). Whoever can write the audit table can delete its newest rows, or all of them,
 * without breaking what remains of the chain; the last checkpoint still vouches for a row that is gone, and
 * the verifier reports it. Written by the audit writer thread only.
 */
@Component
public class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final AuditProperties properties;

	private final AuditKeys keys;

	private final Clock clock;

	private long lastWritten;

	private long lastSeq;

	AuditCheckpoints(AuditProperties properties, AuditKeys keys, Clock clock) {
		this.properties = properties;
		this.keys = keys;
		this.clock = clock;
	}

	/** Records {@code last} as a checkpoint when the interval has passed since the previous one (or when forced). */
	void offer(AuditRow last, boolean force) {
		if (this.properties.checkpoints() == null) {
			return;
		}
		long now = this.clock.millis();
		if (last.seq() == this.lastSeq
				|| (!force && now - this.lastWritten < this.properties.checkpointInterval().toMillis())) {
			return;
		}
		Checkpoint checkpoint = sign(last.instanceId(), last.seq(), last.hash(), Instant.ofEpochMilli(now));
		try {
			Files.createDirectories(this.properties.checkpoints().toAbsolutePath().getParent());
			Files.writeString(this.properties.checkpoints(), checkpoint.line() + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			this.lastWritten = now;
			this.lastSeq = last.seq();
		}
		catch (IOException ex) {
			log.error("audit checkpoint {} not written to {}: {}", checkpoint.line(), this.properties.checkpoints(),
					ex.toString());
		}
	}

	/** The newest checkpoint of the file, if there is one; a line whose signature fails is reported, not used. */
	Optional<Checkpoint> latest() throws IOException {
		if (this.properties.checkpoints() == null || !Files.exists(this.properties.checkpoints())) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(this.properties.checkpoints(), StandardCharsets.UTF_8);
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return Optional.of(Checkpoint.parse(lines.get(i)));
			}
		}
		return Optional.empty();
	}

	/** Whether the checkpoint carries the signature only a holder of the audit key can make. */
	boolean authentic(Checkpoint checkpoint) {
		String expected = this.keys.mac(checkpoint.keyId(), content(checkpoint));
		return expected != null && expected.equals(checkpoint.mac());
	}

	private Checkpoint sign(String instanceId, long seq, String hash, Instant at) {
		Checkpoint unsigned = new Checkpoint(instanceId, seq, hash, at, this.keys.active(), null);
		return new Checkpoint(instanceId, seq, hash, at, this.keys.active(),
				this.keys.mac(this.keys.active(), content(unsigned)));
	}

	private static String content(Checkpoint c) {
		return "checkpoint " + c.instanceId() + " " + c.seq() + " " + c.hash() + " " + c.at() + " " + c.keyId();
	}

	/** One line of the file: {@code instance seq hash time key mac}, separated by spaces. */
	record Checkpoint(String instanceId, long seq, String hash, Instant at, String keyId, String mac) {

		String line() {
			return this.instanceId + " " + this.seq + " " + this.hash + " " + this.at + " " + this.keyId + " " + this.mac;
		}

		static Checkpoint parse(String line) {
			String[] parts = line.trim().split(" ");
			if (parts.length != 6) {
				return new Checkpoint("?", -1, "", Instant.EPOCH, null, null);
			}
			try {
				return new Checkpoint(parts[0], Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), parts[4],
						parts[5]);
			}
			catch (RuntimeException malformed) {
				return new Checkpoint("?", -1, "", Instant.EPOCH, null, null);
			}
		}

	}

}
