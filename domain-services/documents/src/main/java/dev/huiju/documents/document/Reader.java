package dev.huiju.documents.document;

import java.util.ArrayList;
import java.util.List;

import dev.huiju.service.support.security.Actor;

import org.springframework.data.relational.core.query.Criteria;

/**
 * Who reads, from their verified token: row-level rules are applied here, where the rows are, so that pages
 * and counts never include what the reader may not see, and a caller who reaches the service directly sees
 * no more than through the BFF.
 *
 * @param userId the reader (a person's login name, or a machine's client id); others' drafts are hidden
 * @param clearance the highest classification the reader may see, already capped by their channel
 */
public record Reader(String userId, Classification clearance) {

	/** For the service's own work (demo data, tests): every row. */
	public static final Reader UNRESTRICTED = new Reader(null, null);

	public static Reader of(Actor actor) {
		return new Reader(actor.identity().subject(), Classification.of(actor.clearance()));
	}

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

	/** Whether a document may be named to this reader at all: others' drafts are not. */
	boolean mayOpen(Document document) {
		return this.userId == null || document.status() != DocumentStatus.DRAFT
				|| this.userId.equals(document.drafterId());
	}

	/** Whether the reader may see a document's content; above it, only its id and level are answered. */
	boolean clears(Document document) {
		return this.clearance == null || this.clearance.level().covers(document.classification().level());
	}

}
