package dev.huiju.documents.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.huiju.access.BusinessCalendar;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Reads documents: by ids, by search filters, a person's to-do list and the overdue list, newest first. */
@Service
public class DocumentQueries {

	/** The largest page any list answers. */
	public static final int MAX_PAGE = 1000;

	private static final String PENDING_FOR_PERSON = """
			SELECT DISTINCT s.document_id FROM approval_step s
			WHERE s.status = 'PENDING' AND (s.assignee_id = :person OR s.assignee_id IN (
			    SELECT d.principal_id FROM delegation d
			    WHERE d.delegate_id = :person AND d.starts_at <= :now AND d.ends_at > :now))
			""";

	private final R2dbcEntityTemplate template;

	private final DatabaseClient db;

	private final DocumentViews views;

	private final Clock clock;

	private final BusinessCalendar calendar;

	DocumentQueries(R2dbcEntityTemplate template, DatabaseClient db, DocumentViews views, Clock clock,
			BusinessCalendar calendar) {
		this.calendar = calendar;
		this.template = template;
		this.db = db;
		this.views = views;
		this.clock = clock;
	}

	public Mono<List<DocumentView>> byIds(List<Long> ids) {
		return byIds(ids, Reader.UNRESTRICTED);
	}

	/**
	 * The documents with these ids that the reader may open, newest first; one above the reader's clearance
	 * answers only its id and classification, so the BFF can refuse it by name without ever holding its content.
	 */
	public Mono<List<DocumentView>> byIds(List<Long> ids, Reader reader) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.template.select(Document.class)
			.matching(Query.query(Criteria.where("id").in(ids)).sort(Sort.by(Sort.Order.desc("id"))))
			.all()
			.filter(reader::mayOpen)
			.collectList()
			.flatMap(found -> {
				List<Document> cleared = found.stream().filter(reader::clears).toList();
				return this.views.of(cleared).map(views -> {
					List<DocumentView> all = new ArrayList<>(views);
					found.stream().filter(d -> !reader.clears(d)).map(DocumentView::withheld).forEach(all::add);
					all.sort((a, b) -> Long.compare(b.id(), a.id()));
					return all;
				});
			});
	}

	/** Of these ids, those whose content the reader may see. */
	public Mono<List<Long>> readableIds(List<Long> ids, Reader reader) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.template.select(Document.class)
			.matching(Query.query(Criteria.where("id").in(ids)))
			.all()
			.filter(d -> reader.mayOpen(d) && reader.clears(d))
			.map(Document::id)
			.collectList();
	}

	/** For the service's own answers after a change the actor was allowed to make. */
	public Mono<DocumentView> one(long id) {
		return one(id, Reader.UNRESTRICTED);
	}

	public Mono<DocumentView> one(long id, Reader reader) {
		return byIds(List.of(id), reader).flatMap(found -> found.isEmpty()
				? Mono.error(DomainException.notFound("document", id)) : Mono.just(found.get(0)));
	}

	public Mono<Page<DocumentView>> search(DocumentSearch search, Reader reader, Long after, int limit, ListView view) {
		List<Criteria> filters = new ArrayList<>();
		if (hasText(search.text())) {
			String pattern = like(search.text());
			filters.add(Criteria.where("title").like(pattern).ignoreCase(true)
				.or(Criteria.where("doc_no").like(pattern).ignoreCase(true)));
		}
		if (hasText(search.title())) {
			filters.add(Criteria.where("title").like(like(search.title())).ignoreCase(true));
		}
		if (hasText(search.docNo())) {
			filters.add(Criteria.where("doc_no").like(like(search.docNo())).ignoreCase(true));
		}
		if (search.statuses() != null && !search.statuses().isEmpty()) {
			filters.add(Criteria.where("status").in(search.statuses()));
		}
		if (search.kind() != null) {
			filters.add(Criteria.where("kind").is(search.kind()));
		}
		if (hasText(search.departmentId())) {
			filters.add(Criteria.where("department_id").is(search.departmentId()));
		}
		if (search.createdFrom() != null) {
			filters.add(Criteria.where("created_at").greaterThanOrEquals(startOf(search.createdFrom())));
		}
		if (search.createdTo() != null) {
			filters.add(Criteria.where("created_at").lessThan(startOf(search.createdTo().plusDays(1))));
		}
		return page(filters, reader, after, limit, view);
	}

	public Mono<Page<DocumentView>> todo(String personId, Reader reader, Long after, int limit, ListView view) {
		return this.db.sql(PENDING_FOR_PERSON)
			.bind("person", personId)
			.bind("now", OffsetDateTime.now(this.clock))
			.map(row -> row.get("document_id", Long.class))
			.all()
			.collectList()
			.flatMap(ids -> ids.isEmpty() ? Mono.just(new Page<DocumentView>(List.of(), null))
					: page(List.of(Criteria.where("id").in(ids)), reader, after, limit, view));
	}

	public Mono<Page<DocumentView>> overdue(String departmentId, Reader reader, Long after, int limit, ListView view) {
		List<Criteria> filters = new ArrayList<>();
		filters.add(Criteria.where("due_date").lessThan(this.calendar.today()));
		filters.add(Criteria.where("status").notIn(DocumentStatus.CLOSED));
		if (hasText(departmentId)) {
			filters.add(Criteria.where("department_id").is(departmentId));
		}
		return page(filters, reader, after, limit, view);
	}

	/** One page of the matching documents that the reader may see: a list never shows that the others exist. */
	private Mono<Page<DocumentView>> page(List<Criteria> filters, Reader reader, Long after, int limit,
			ListView view) {
		if (limit < 1 || limit > MAX_PAGE) {
			return Mono.error(DomainException.badInput("limit", "limit must be between 1 and " + MAX_PAGE));
		}
		Criteria where = Criteria.empty();
		for (Criteria filter : filters) {
			where = where.and(filter);
		}
		for (Criteria visible : reader.filters()) {
			where = where.and(visible);
		}
		if (after != null) {
			where = where.and(Criteria.where("id").lessThan(after));
		}
		Query query = Query.query(where).sort(Sort.by(Sort.Order.desc("id"))).limit(limit + 1);
		return this.template.select(Document.class).matching(query).all().collectList().flatMap(rows -> {
			boolean more = rows.size() > limit;
			List<Document> pageRows = more ? rows.subList(0, limit) : rows;
			String next = more ? String.valueOf(pageRows.get(pageRows.size() - 1).id()) : null;
			if (view == ListView.SUMMARY) {
				return Mono.just(new Page<>(pageRows.stream().map(DocumentView::summary).toList(), next));
			}
			return this.views.of(pageRows).map(items -> new Page<>(items, next));
		});
	}

	private OffsetDateTime startOf(LocalDate date) {
		return this.calendar.startOf(date);
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

	/** Escapes the LIKE wildcards of user input so that "%" matches a percent sign, not everything. */
	private static String like(String text) {
		String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
