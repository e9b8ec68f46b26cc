package dev.huiju.bff.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings, from {@code huiju.audit}.
 *
 * @param instanceId names this BFF instance's chain; instances sharing a table need different ids
 * @param bufferSize events held in memory before they are written or spooled
 * @param batchSize events written in one transaction
 * @param spool the local file that keeps events while the database is away
 * @param retryInterval how often a database that failed is tried again
 * @param cleanOnStart drops and recreates the audit schema at start (tests only)
 */
@ConfigurationProperties("huiju.audit")
public record AuditProperties(String instanceId, int bufferSize, int batchSize, Path spool, Duration retryInterval,
		boolean cleanOnStart) {

	public AuditProperties {
		instanceId = (instanceId != null && !instanceId.isBlank()) ? instanceId : "bff";
		bufferSize = (bufferSize > 0) ? bufferSize : 10_000;
		batchSize = (batchSize > 0) ? batchSize : 500;
		spool = (spool != null) ? spool : Path.of(System.getProperty("java.io.tmpdir"), "huiju-audit-" + instanceId + ".spool");
		retryInterval = (retryInterval != null) ? retryInterval : Duration.ofSeconds(1);
	}

}
