package dev.huiju.bff.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.AuditFilter;
import dev.huiju.schema.generated.types.PageInfo;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Reading the audit trail and checking it, for the audit administrator. */
@DgsComponent
class AuditDataFetcher {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_FIRST = 500;

	private final AuditStore store;

	private final AuditVerifier verifier;

	AuditDataFetcher(AuditStore store, AuditVerifier verifier) {
		this.store = store;
		this.verifier = verifier;
	}

	@DgsQuery(field = DgsConstants.QUERY.AuditEvents)
	Mono<AuditEventConnection> auditEvents(@InputArgument AuditFilter filter, @InputArgument Integer first,
			@InputArgument String after) {
		int limit = (first != null) ? first : 50;
		if (limit < 1 || limit > MAX_FIRST) {
			throw new BadUserInput("first must be between 1 and " + MAX_FIRST);
		}
		AuditStore.AuditFilter search = (filter == null) ? new AuditStore.AuditFilter(null, null, null, null, null)
				: new AuditStore.AuditFilter(filter.getUserId(), filter.getOperationName(), filter.getFrom(),
						filter.getTo(), filter.getObject());
		return this.store.search(search, position(after), limit + 1).collectList().map(rows -> {
			boolean more = rows.size() > limit;
			List<AuditEventEdge> edges = rows.stream().limit(limit).map(row -> new AuditEventEdge(cursor(row), view(row)))
				.toList();
			PageInfo info = PageInfo.newBuilder()
				.hasNextPage(more)
				.hasPreviousPage(after != null && !after.isBlank())
				.startCursor(edges.isEmpty() ? null : edges.get(0).cursor())
				.endCursor(edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor())
				.build();
			return new AuditEventConnection(edges, info);
		});
	}

	@DgsQuery(field = DgsConstants.QUERY.AuditTrailCheck)
	Mono<AuditVerifier.Result> auditTrailCheck() {
		return this.verifier.verify();
	}

	private static String cursor(AuditRow row) {
		String position = row.occurredAt().toInstant() + "|" + row.instanceId() + "|" + row.seq();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	private static Optional<AuditStore.AuditPosition> position(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return Optional.empty();
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
			return Optional.of(new AuditStore.AuditPosition(OffsetDateTime.parse(parts[0].replace("Z", "+00:00")),
					parts[1], Long.parseLong(parts[2])));
		}
		catch (RuntimeException ex) {
			throw new BadUserInput("after is not a cursor of the audit trail");
		}
	}

	@SuppressWarnings("unchecked")
	private static AuditEventView view(AuditRow row) {
		Map<String, Object> detail = JSON.readValue(row.detail(), Map.class);
		return new AuditEventView(row.instanceId(), row.seq(), row.occurredAt(), row.userId(), row.clientAddress(),
				row.channel(), row.terminalId(), row.operationName(), row.operationType(), row.result(),
				row.durationMs(), (List<String>) detail.getOrDefault("fields", List.of()),
				(List<String>) detail.getOrDefault("objects", List.of()),
				(List<String>) detail.getOrDefault("denied", List.of()),
				(List<String>) detail.getOrDefault("errors", List.of()), (String) detail.get("correlationId"),
				row.hash());
	}

	/** The {@code AuditEvent} type. */
	record AuditEventView(String instanceId, long seq, OffsetDateTime occurredAt, String userId, String clientAddress,
			String channel, String terminalId, String operationName, String operationType, String result,
			long durationMs, List<String> fields, List<String> objects, List<String> denied, List<String> errors,
			String correlationId, String hash) {
	}

	/** A page of the trail; the name ends in "Connection" so Spring's connection support lets it pass. */
	record AuditEventConnection(List<AuditEventEdge> edges, PageInfo pageInfo) {
	}

	/** One edge of a page of the trail. */
	record AuditEventEdge(String cursor, AuditEventView node) {
	}

}
