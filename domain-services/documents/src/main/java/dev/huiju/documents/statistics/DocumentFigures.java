package dev.huiju.documents.statistics;

import java.util.List;

import dev.huiju.access.BusinessCalendar;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Counts per department in one aggregate query. */
@Service
class DocumentFigures {

	private final DatabaseClient db;

	private final BusinessCalendar calendar;

	DocumentFigures(DatabaseClient db, BusinessCalendar calendar) {
		this.db = db;
		this.calendar = calendar;
	}

	Mono<List<DepartmentFigures>> now() {
		return this.db.sql("SELECT department_id,"
				+ " SUM(CASE WHEN status IN ('IN_APPROVAL', 'APPROVED', 'REGISTERED') THEN 1 ELSE 0 END) AS in_progress,"
				+ " SUM(CASE WHEN due_date < :today AND status NOT IN ('ISSUED', 'ARCHIVED') THEN 1 ELSE 0 END) AS overdue"
				+ " FROM document GROUP BY department_id ORDER BY department_id")
			.bind("today", this.calendar.today())
			.map((row, meta) -> new DepartmentFigures(row.get("department_id", String.class),
					((Number) row.get("in_progress")).longValue(), ((Number) row.get("overdue")).longValue()))
			.all().collectList();
	}

}
