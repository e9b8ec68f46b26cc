package dev.huiju.documents.document;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.relational.core.query.Criteria;

/**
 * Who reads, as the BFF says in its headers: row-level rules are applied here, where the rows are, so that
 * pages and counts never include what the reader may not see. A reader without headers (another service, an
 * operator's script) sees every row.
 *
 * @param userId the reader; others' drafts are hidden from them
 * @param clearance the highest classification the reader may see in a list
 */
public record Reader(String userId, Classification clearance) {

	public static final Reader UNRESTRICTED = new Reader(null, null);

	/** The filters that keep a list within what this reader may see. */
	List<Criteria> filters() {
		List<Criteria> filters = new ArrayList<>();
		if (this.clearance != null) {
			filters.add(Criteria.where("classification").in(this.clearance.andBelow()));
		}
		if (this.userId != null) {
			filters.add(Criteria.where("status").not(DocumentStatus.DRAFT).or(Criteria.where("drafter_id").is(this.userId)));
		}
		return filters;
	}

	/** Whether a single document may be shown; classification of single documents is the BFF's to judge. */
	boolean mayOpen(Document document) {
		return this.userId == null || document.status() != DocumentStatus.DRAFT
				|| this.userId.equals(document.drafterId());
	}

}
