package dev.huiju.bff.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Appends audit events to the chain, off the request path and without losing any. Requests put events into
 * a bounded buffer; one writer thread takes them in order and writes them in batches. While the database is
 * slow or away, batches go, in the same order, to a local spool file, which is written to the database first
 * when it answers again. An event the database refuses while it answers is quarantined (a file, a metric, an
 * error line, and a QUARANTINED event in its place), never retried in front of the others. Stopping the BFF
 * (SIGTERM) writes or spools what is still buffered.
 */
@Component
public class AuditTrail implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditStore store;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	private final AuditProperties properties;

	private final AuditBuffer buffer;

	private final Queue<AuditEvent> overflow = new ConcurrentLinkedQueue<>();

	private final AtomicInteger overflowSize = new AtomicInteger();

	private final Counter lost;

	private final Counter quarantined;

	private final Counter writes;

	private volatile boolean running;

	private volatile boolean spoolFailing;

	private boolean failedWhileStopping;

	private Thread writer;

	private AuditRow last;

	private long lastAttempt;

	private long lastStatement = System.nanoTime() - Duration.ofDays(1).toNanos();

	private Throwable lastFailure;

	public AuditTrail(AuditStore store, AuditProperties properties, AuditKeys keys, AuditCheckpoints checkpoints,
			ObjectProvider<MeterRegistry> meters) {
		this.store = store;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.properties = properties;
		this.buffer = new AuditBuffer(properties.bufferSize());
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.lost = registry.counter("huiju.audit.events", "fate", "lost");
		this.quarantined = registry.counter("huiju.audit.events", "fate", "quarantined");
		// Against the events written, how well batches fill: a busy trail writes many events per statement.
		this.writes = Counter.builder("huiju.audit.writes")
			.description("batches of audit events written to the database")
			.register(registry);
		// What an operator alerts on: while it reads 0, every change is refused.
		Gauge.builder("huiju.audit.accepting", this, trail -> trail.accepting() ? 1 : 0)
			.description("1 while the audit trail keeps new events, 0 while changes are refused")
			.register(registry);
	}

	/**
	 * Takes an event for the trail and returns at once: it is called on event-loop threads. Past a full
	 * buffer, events wait in an overflow as large again, which the writer sends to the spool first; false when
	 * even that is full (the event is counted as lost and logged).
	 */
	public boolean offer(AuditEvent event) {
		if (this.buffer.offer(event)) {
			return true;
		}
		if (this.overflowSize.incrementAndGet() <= this.properties.bufferSize()) {
			this.overflow.add(event);
			return true;
		}
		this.overflowSize.decrementAndGet();
		this.lost.increment();
		log.error("audit event lost, buffer and overflow full: {} {} {}", event.id(), event.operationType(),
				event.result());
		return false;
	}

	/** Whether an event offered now would be kept: a change is refused up front when it would not. */
	public boolean accepting() {
		return this.running && (!this.spoolFailing || this.buffer.remainingCapacity() > 0)
				&& this.overflowSize.get() < this.properties.bufferSize();
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = new Thread(this::writeLoop, "audit-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public void stop() {
		// No interrupt: an interrupted thread cannot write files, and the spool may be needed now.
		this.running = false;
		if (this.writer != null) {
			try {
				this.writer.join(WRITE_TIMEOUT.toMillis() * 2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server, so that the last requests' events are in the buffer. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private void writeLoop() {
		while (this.running || !this.buffer.isEmpty()) {
			List<AuditEvent> batch = new ArrayList<>();
			AuditEvent first = this.running ? this.buffer.poll(200) : this.buffer.poll();
			if (first != null) {
				batch.add(first);
				linger();
				this.buffer.drainTo(batch, this.properties.batchSize() - 1);
			}
			write(batch);
			spoolOverflow();
			if (this.last != null) {
				// Also when idle: the newest rows get their checkpoint once the interval has passed.
				this.checkpoints.offer(this.last, false);
			}
		}
		if (this.last != null) {
			this.checkpoints.offer(this.last, true);
		}
		log.info("audit trail stopped; spool {} holds {} events", this.properties.spool(), spooledCount());
	}

	/**
	 * Under a steady stream of events, waits until {@code linger} has passed since the last statement began, so
	 * that a statement carries what that time brought rather than the one or two events of each moment: the cost
	 * of a statement (its round trip and the driver's work) is paid per statement, not per row. A quiet trail
	 * writes its event at once, and a full batch goes without waiting.
	 */
	private void linger() {
		long left = this.lastStatement + this.properties.linger().toNanos() - System.nanoTime();
		if (this.running && left > 0 && this.buffer.size() < this.properties.batchSize() - 1) {
			LockSupport.parkNanos(this, left);
		}
	}

	/** Spooled events go first, so the chain keeps the order in which things happened. */
	private void write(List<AuditEvent> batch) {
		if (this.failedWhileStopping) {
			if (!batch.isEmpty()) {
				spool(batch);
			}
			return;
		}
		if (hasSpool()) {
			if (!batch.isEmpty()) {
				spool(batch);
			}
			if (dueForRetry()) {
				drainSpool();
			}
			return;
		}
		if (batch.isEmpty()) {
			return;
		}
		if (!insert(batch)) {
			spool(batch);
		}
	}

	/** Events that found the buffer full go to the spool, after what was written before them. */
	private void spoolOverflow() {
		if (this.overflowSize.get() == 0) {
			return;
		}
		List<AuditEvent> waiting = new ArrayList<>();
		for (AuditEvent event; (event = this.overflow.poll()) != null;) {
			this.overflowSize.decrementAndGet();
			waiting.add(event);
		}
		spool(waiting);
	}

	private boolean dueForRetry() {
		return !this.running || System.currentTimeMillis() - this.lastAttempt >= this.properties.retryInterval().toMillis();
	}

	/**
	 * Writes a batch. When the database refuses it while it answers, one of the events is one it will never
	 * take: the events are then written one at a time and each one refused is set aside (quarantined), so it
	 * never holds up the events after it. When the database does not answer, false: the batch is spooled.
	 */
	private boolean insert(List<AuditEvent> batch) {
		if (append(batch)) {
			return true;
		}
		if (!databaseAnswers()) {
			log.warn("audit database unavailable ({}); spooling to {}", this.lastFailure, this.properties.spool());
			return false;
		}
		for (AuditEvent event : batch) {
			if (!append(List.of(event))) {
				if (!databaseAnswers()) {
					return false;
				}
				quarantine(event, this.lastFailure);
			}
		}
		return true;
	}

	private boolean databaseAnswers() {
		try {
			this.store.last(this.properties.instanceId()).block(WRITE_TIMEOUT);
			return true;
		}
		catch (RuntimeException away) {
			return false;
		}
	}

	/**
	 * Keeps a refused event in the quarantine file with the reason, and writes in its place an event that says
	 * so, so the audit administrator finds it in the trail.
	 */
	private void quarantine(AuditEvent event, Throwable reason) {
		this.quarantined.increment();
		log.error("audit event {} refused by the database and quarantined in {}: {}", event.id(),
				this.properties.quarantine(), String.valueOf(reason));
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("reason", String.valueOf(reason));
		entry.put("event", event);
		try {
			Files.createDirectories(this.properties.quarantine().toAbsolutePath().getParent());
			Files.writeString(this.properties.quarantine(), JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			log.error("audit quarantine {} cannot be written; the event was: {}", this.properties.quarantine(), entry);
		}
		AuditEvent marker = new AuditEvent(null, event.occurredAt(), null, null, null, null, null, "audit",
				"QUARANTINED", 0, List.of(), List.of("AuditEvent:" + AuditEvent.bounded(event.id(), 64)), List.of(),
				List.of("QUARANTINED"), event.correlationId());
		if (!append(List.of(marker))) {
			log.error("audit quarantine marker for {} not written: {}", event.id(), String.valueOf(this.lastFailure));
		}
	}

	private boolean append(List<AuditEvent> batch) {
		this.lastAttempt = System.currentTimeMillis();
		this.lastStatement = System.nanoTime();
		try {
			List<AuditEvent> events = batch;
			if (this.last == null) {
				this.last = this.store.last(this.properties.instanceId()).block(WRITE_TIMEOUT);
				// After a failure the last transaction may have committed all the same: leave out what it wrote.
				Set<String> written = new HashSet<>(this.store.lastEventIds(this.properties.instanceId(),
						this.properties.batchSize()).collectList().block(WRITE_TIMEOUT));
				events = batch.stream().filter(event -> !written.contains(event.id())).toList();
				if (events.isEmpty()) {
					return true;
				}
			}
			long seq = (this.last != null) ? this.last.seq() : 0;
			String prev = (this.last != null) ? this.last.hash() : AuditRow.GENESIS;
			List<AuditRow> rows = new ArrayList<>(events.size());
			for (AuditEvent event : events) {
				AuditRow row = toRow(event, ++seq).chainedAfter(prev, this.keys);
				rows.add(row);
				prev = row.hash();
			}
			this.store.append(rows, WRITE_TIMEOUT).block(WRITE_TIMEOUT.plusSeconds(1));
			this.writes.increment();
			this.last = rows.get(rows.size() - 1);
			this.checkpoints.offer(this.last, false);
			return true;
		}
		catch (RuntimeException ex) {
			// Whether the last transaction committed is unknown: read the chain's end again next time.
			this.last = null;
			this.failedWhileStopping = !this.running;
			this.lastFailure = ex;
			return false;
		}
	}

	private AuditRow toRow(AuditEvent event, long seq) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("fields", event.fields());
		detail.put("objects", event.objects());
		detail.put("denied", event.denied());
		detail.put("errors", event.errors());
		detail.put("correlationId", event.correlationId());
		return new AuditRow(this.properties.instanceId(), seq, event.id(), event.occurredAt(), event.userId(),
				event.clientAddress(), event.channel(), event.terminalId(), event.operationName(),
				event.operationType(), event.result(), event.durationMs(), JSON.writeValueAsString(detail), null, null, null);
	}

	private void spool(List<AuditEvent> batch) {
		StringBuilder lines = new StringBuilder();
		for (AuditEvent event : batch) {
			lines.append(JSON.writeValueAsString(event)).append('\n');
		}
		try {
			Files.createDirectories(this.properties.spool().toAbsolutePath().getParent());
			Files.writeString(this.properties.spool(), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			this.spoolFailing = false;
		}
		catch (IOException ex) {
			// Neither the database nor the disk keeps them: put them back and refuse changes until one does.
			this.spoolFailing = true;
			log.error("audit spool {} cannot be written: {}", this.properties.spool(), ex.toString());
			requeue(batch);
		}
	}

	private void requeue(List<AuditEvent> batch) {
		List<AuditEvent> rest = new ArrayList<>();
		this.buffer.drainTo(rest);
		for (AuditEvent event : batch) {
			this.buffer.offer(event);
		}
		for (AuditEvent event : rest) {
			if (!this.buffer.offer(event)) {
				log.error("audit event lost, buffer full: {}", event);
			}
		}
		sleepQuietly();
	}

	/** Writes the spool to the database a batch at a time; each written batch leaves the file. */
	private void drainSpool() {
		try {
			List<String> lines = Files.readAllLines(this.properties.spool(), StandardCharsets.UTF_8);
			int done = 0;
			while (done < lines.size()) {
				List<String> chunk = lines.subList(done, Math.min(lines.size(), done + this.properties.batchSize()));
				List<AuditEvent> events = chunk.stream()
					.filter(line -> !line.isBlank())
					.map(line -> JSON.readValue(line, AuditEvent.class))
					.toList();
				if (!events.isEmpty() && !insert(events)) {
					break;
				}
				done += chunk.size();
			}
			if (done == lines.size()) {
				Files.deleteIfExists(this.properties.spool());
				log.info("audit spool written to the database: {} events", done);
			}
			else if (done > 0) {
				var rest = this.properties.spool().resolveSibling(this.properties.spool().getFileName() + ".rest");
				Files.write(rest, lines.subList(done, lines.size()), StandardCharsets.UTF_8);
				Files.move(rest, this.properties.spool(), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("audit spool " + this.properties.spool() + " cannot be read", ex);
		}
	}

	private boolean hasSpool() {
		try {
			return Files.exists(this.properties.spool()) && Files.size(this.properties.spool()) > 0;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private long spooledCount() {
		try {
			return hasSpool() ? Files.lines(this.properties.spool()).filter(line -> !line.isBlank()).count() : 0;
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
	}

	private static void sleepQuietly() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
