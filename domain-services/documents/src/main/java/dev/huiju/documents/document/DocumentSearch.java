package dev.huiju.documents.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of a document search; every one is optional and they combine with AND. {@code text} matches
 * the title or the doc number; {@code createdFrom} and {@code createdTo} are inclusive dates.
 */
public record DocumentSearch(String text, String title, String docNo, List<DocumentStatus> statuses,
		DocumentKind kind, String departmentId, LocalDate createdFrom, LocalDate createdTo) {
}
