package dev.huiju.eldercare.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.eldercare.access.Supervisor;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.regions.Region;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Alerts of the caller's region, the districts by open red lights, and closing one. */
@Service
public class Alerts {

	private static final String COLUMNS = "a.id, a.institution_id, a.district_id, a.street_id, a.light, a.rule_text,"
			+ " a.raised_at, a.closed_at, a.closed_by";

	private final DatabaseClient db;

	private final Clock clock;

	Alerts(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<List<AlertView>> ofRegion(Supervisor supervisor, boolean openOnly, int limit) {
		Region region = supervisor.region();
		return region.bind(this.db.sql("SELECT " + COLUMNS + " FROM alert a WHERE 1 = 1" + region.condition("a")
				+ (openOnly ? " AND a.closed_at IS NULL" : "") + " ORDER BY a.raised_at DESC, a.id DESC LIMIT " + limit))
			.map(Alerts::view).all().collectList();
	}

	/** Districts of the region by their open red lights, most first. */
	public Mono<List<DistrictLights>> byDistrict(Region region) {
		return region.bind(this.db.sql("SELECT a.district_id,"
				+ " SUM(CASE WHEN a.light = 'RED' THEN 1 ELSE 0 END) AS red,"
				+ " SUM(CASE WHEN a.light = 'YELLOW' THEN 1 ELSE 0 END) AS yellow"
				+ " FROM alert a WHERE a.closed_at IS NULL" + region.condition("a")
				+ " GROUP BY a.district_id ORDER BY red DESC, yellow DESC, a.district_id"))
			.map((row, meta) -> new DistrictLights(row.get("district_id", String.class),
					((Number) row.get("red")).longValue(), ((Number) row.get("yellow")).longValue()))
			.all().collectList();
	}

	public Mono<AlertView> close(Supervisor supervisor, long id) {
		Region region = supervisor.region();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return region.bind(this.db.sql("UPDATE alert SET closed_at = :now, closed_by = :me WHERE id = :id"
				+ " AND closed_at IS NULL" + region.condition("alert")).bind("now", now).bind("me", supervisor.userId())
				.bind("id", id))
			.fetch().rowsUpdated()
			.flatMap(n -> region.bind(this.db.sql("SELECT " + COLUMNS + " FROM alert a WHERE a.id = :id"
					+ region.condition("a")).bind("id", id))
				.map(Alerts::view).one()
				.switchIfEmpty(Mono.error(() -> DomainException.notFound("alert", id)))
				.flatMap(alert -> (n == 0) ? Mono.error(DomainException.conflict("alert " + id + " is already closed"))
						: Mono.just(alert)));
	}

	private static AlertView view(Readable row) {
		OffsetDateTime raised = row.get("raised_at", OffsetDateTime.class);
		OffsetDateTime closed = row.get("closed_at", OffsetDateTime.class);
		return new AlertView(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("district_id", String.class), row.get("street_id", String.class), row.get("light", String.class),
				row.get("rule_text", String.class), raised, closed, row.get("closed_by", String.class),
				(closed != null) ? Duration.between(raised, closed).toMinutes() : null);
	}

}
