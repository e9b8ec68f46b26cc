package dev.huiju.bigscreen.gathering;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.huiju.access.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Gathers every source once a tick, each on its own: a source that fails marks its indicators stale and leaves
 * their last points as they are, the others go on. A point is written when a value changed or the series has none
 * yet in the current heartbeat period (the clock's hour); the changed ones are announced on {@link #changes()}.
 */
@Component
public class Gatherer {

	private static final Logger log = LoggerFactory.getLogger(Gatherer.class);

	private static final Duration EMIT_WAIT = Duration.ofMillis(100);

	private final BigscreenProperties properties;

	private final StatisticsClient statistics;

	private final PointStore store;

	private final BusinessCalendar calendar;

	private final ChangeNotifier notifier;

	/** The last point written of each series (indicator and member), loaded from the store on the first tick. */
	private final Map<String, Point> last = new ConcurrentHashMap<>();

	private final Sinks.Many<Point> changes = Sinks.many().multicast().directBestEffort();

	private volatile boolean loaded;

	private volatile Disposable schedule;

	Gatherer(BigscreenProperties properties, StatisticsClient statistics, PointStore store, BusinessCalendar calendar,
			ChangeNotifier notifier) {
		this.properties = properties;
		this.notifier = notifier;
		this.statistics = statistics;
		this.store = store;
		this.calendar = calendar;
	}

	/** After {@link PointStore#register()}, which writes what the keys mean. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void start() {
		if (!this.properties.gather()) {
			return;
		}
		this.schedule = Flux.interval(Duration.ZERO, this.properties.every())
			.onBackpressureDrop()
			.concatMap(tick -> gatherOnce().onErrorResume(ex -> {
				log.warn("gathering failed: {}", ex.toString());
				return Mono.just(List.of());
			}))
			.subscribe();
	}

	@PreDestroy
	void stop() {
		if (this.schedule != null) {
			this.schedule.dispose();
		}
	}

	/** Points whose value changed, as they are written: what live screens are told. */
	public Flux<Point> changes() {
		return this.changes.asFlux();
	}

	/** One tick: every source at once; the points written (changed or heartbeat), each source's failure contained. */
	public Mono<List<Point>> gatherOnce() {
		Mono<Void> load = this.loaded ? Mono.empty() : this.store.lastPoints().doOnNext(found -> {
			found.forEach(point -> this.last.putIfAbsent(series(point.indicatorKey(), point.member()), point));
			this.loaded = true;
		}).then();
		return load.thenMany(Flux.fromIterable(this.properties.sources().entrySet())
				.flatMap(source -> gather(source.getKey(), source.getValue())))
			.collectList()
			.map(lists -> lists.stream().flatMap(List::stream).toList());
	}

	private Mono<List<Point>> gather(String name, BigscreenProperties.Source source) {
		OffsetDateTime now = OffsetDateTime.now(this.calendar.clock());
		LocalDate today = this.calendar.today();
		String path = source.path().replace("{today}", today.toString());
		String from = source.service() + path;
		return this.statistics.get(source.service(), path)
			.map(answer -> withVanished(source, points(source, answer, now, from), now, from))
			.flatMap(points -> {
				List<Point> written = new ArrayList<>();
				List<Point> changed = new ArrayList<>();
				for (Point point : points) {
					Point previous = this.last.get(series(point.indicatorKey(), point.member()));
					boolean differs = previous == null || !Objects.equals(previous.amount(), point.amount());
					if (differs || beat(previous.computedAt()) != beat(now)) {
						written.add(point);
						if (differs) {
							changed.add(point);
						}
					}
				}
				return this.store.write(written)
					.then(this.store.succeeded(name, now))
					.then(Mono.fromRunnable(() -> {
						written.forEach(point -> this.last.put(series(point.indicatorKey(), point.member()), point));
						// sources finish on different threads: wait for one another's emission rather than lose a value
						changed.forEach(point -> this.changes.emitNext(point, Sinks.EmitFailureHandler.busyLooping(EMIT_WAIT)));
						if (!changed.isEmpty()) {
							log.debug("{}: {} points written, {} changed", name, written.size(), changed.size());
						}
					}))
					.then(Mono.defer(() -> this.notifier.changed(
							changed.stream().map(Point::indicatorKey).collect(java.util.stream.Collectors.toSet()))))
					.thenReturn(written);
			})
			.onErrorResume(ex -> {
				log.warn("source {} ({}) failed: {}", name, from, ex.toString());
				return this.store.failed(name, now, ex.getClass().getSimpleName()).thenReturn(List.of());
			});
	}

	/**
	 * A member the source no longer lists (a district without activity today, a canteen out of the ranking) gets a
	 * point without value, so its last value leaves the city's figure instead of staying in it for ever.
	 */
	private List<Point> withVanished(BigscreenProperties.Source source, List<Point> points, OffsetDateTime at,
			String from) {
		Set<String> present = new HashSet<>();
		points.forEach(point -> present.add(series(point.indicatorKey(), point.member())));
		List<Point> all = new ArrayList<>(points);
		for (BigscreenProperties.Indicator indicator : source.indicators()) {
			this.last.values().stream()
				.filter(known -> known.indicatorKey().equals(indicator.key()) && known.amount() != null
						&& !present.contains(series(known.indicatorKey(), known.member())))
				.forEach(gone -> all.add(new Point(gone.indicatorKey(), gone.member(), gone.memberLabel(), null, null, at,
						from)));
		}
		return all;
	}

	/**
	 * The source's rows as points: one per row and indicator, numbers as they are, anything else absent. A member
	 * listed twice counts once, with its last row.
	 */
	static List<Point> points(BigscreenProperties.Source source, JsonNode answer, OffsetDateTime at, String from) {
		JsonNode rows = source.rows().isEmpty() ? answer : answer.at(source.rows());
		if (!rows.isArray()) {
			throw new IllegalStateException(from + " answered no rows at '" + source.rows() + "'");
		}
		Map<String, Point> points = new LinkedHashMap<>();
		for (JsonNode row : rows) {
			JsonNode member = row.get(source.memberField());
			if (member == null || member.isNull()) {
				continue;
			}
			JsonNode label = (source.labelField() != null) ? row.get(source.labelField()) : null;
			for (BigscreenProperties.Indicator indicator : source.indicators()) {
				Double amount = number(row, indicator.field());
				Double weight = (indicator.weightField() != null) ? number(row, indicator.weightField()) : null;
				points.put(series(indicator.key(), member.asString()), new Point(indicator.key(), member.asString(),
						(label != null && !label.isNull()) ? label.asString() : null, amount, weight, at, from));
			}
		}
		return List.copyOf(points.values());
	}

	private static Double number(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return (value != null && value.isNumber()) ? value.asDouble() : null;
	}

	/**
	 * The heartbeat period a time falls in, counted on the clock (whole hours by default): a series gets a point in
	 * every period a gathering succeeds in, so every hour of its history has one.
	 */
	private long beat(OffsetDateTime at) {
		return Math.floorDiv(at.toEpochSecond(), Math.max(1, this.properties.heartbeat().toSeconds()));
	}

	private static String series(String key, String member) {
		return key + '\u0000' + member;
	}

}
