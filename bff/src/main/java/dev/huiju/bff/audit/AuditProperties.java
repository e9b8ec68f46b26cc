package dev.huiju.bff.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings, from {@code huiju.audit}.
 *
 * @param instanceId names this BFF instance's chain; instances sharing a table need different ids
 * @param bufferSize events held in memory before they are written or spooled
 * @param batchSize events written in one transaction
 * @param linger under a steady stream of events, the least time between two statements, so that each carries
 *        many events rather than one; a quiet trail writes at once
 * @param spool the local file that keeps events while the database is away
 * @param retryInterval how often a database that failed is tried again
 * @param quarantine the local file that keeps the events the database refused, with the reason
 * @param keys the chain's keys by id (Base64, at least 32 bytes), see {@link AuditKeys}
 * @param activeKey the key that seals new rows
 * @param checkpoints the append-only file of signed checkpoints, outside the audited database; none on the
 *        embedded default, whose database lives and dies with the process
 * @param checkpointInterval how often, at most, a checkpoint is written while rows are added
 */
@ConfigurationProperties("huiju.audit")
public record AuditProperties(String instanceId, int bufferSize, int batchSize, Duration linger, Path spool,
		Duration retryInterval, Path quarantine, Map<String, String> keys, String activeKey, Path checkpoints,
		Duration checkpointInterval) {

	public AuditProperties {
		instanceId = (instanceId != null && !instanceId.isBlank()) ? instanceId : "bff";
		bufferSize = (bufferSize > 0) ? bufferSize : 10_000;
		batchSize = (batchSize > 0) ? batchSize : 500;
		linger = (linger != null) ? linger : Duration.ofMillis(50);
		spool = (spool != null) ? spool : Path.of(System.getProperty("java.io.tmpdir"), "huiju-audit-" + instanceId + ".spool");
		retryInterval = (retryInterval != null) ? retryInterval : Duration.ofSeconds(1);
		quarantine = (quarantine != null) ? quarantine : spool.resolveSibling(spool.getFileName() + ".quarantine");
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		checkpointInterval = (checkpointInterval != null) ? checkpointInterval : Duration.ofSeconds(1);
	}

}
