package dev.huiju.documents.lifecycle;

import java.util.Collection;
import java.util.Map;

import dev.huiju.documents.document.Classification;
import dev.huiju.documents.document.Document;
import dev.huiju.documents.people.Participant;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;

/**
 * The rules of the document flow (docs/permissions.md, "The document flow"), each checked before anything is
 * written: a refusal throws, inside the change's transaction, before its first write.
 */
final class FlowRules {

	/** The role that may lower a document's classification. */
	static final String DECLASSIFIER = "LEADER";

	private FlowRules() {
	}

	/** Nobody acts on a document above what they may read here (their clearance, capped by their channel). */
	static void mayHandle(Actor actor, Document doc) {
		if (!actor.clearance().covers(doc.classification().level())) {
			throw DomainException.denied("this document is above your clearance");
		}
	}

	/** Nobody writes at a level they may not read. */
	static void mayClassify(Actor actor, Classification level) {
		if (!actor.clearance().covers(level.level())) {
			throw DomainException.denied("you may not classify a document " + level + ": it is above your clearance");
		}
	}

	/** Lowering a classification is a declassification, an act of its own; an edit never lowers. */
	static void noLowering(Document doc, Classification requested) {
		if (requested != null && requested.level().rank() < doc.classification().level().rank()) {
			throw DomainException.denied("lowering a classification is a declassification by a "
					+ DECLASSIFIER.toLowerCase() + ", not an edit");
		}
	}

	/**
	 * Every person named exists in the directory and may read a document of this level: an approver or
	 * recipient below it could never open it (and a citizen, cleared for public documents only, receives only
	 * those).
	 */
	static void cleared(Map<String, Participant> people, Collection<String> ids, Classification level, String field) {
		for (String raw : ids) {
			String id = raw.trim();
			Participant person = people.get(id);
			if (person == null) {
				throw DomainException.badInput(field, "there is no person " + id);
			}
			if (!person.clearance().level().covers(level.level())) {
				throw DomainException.badInput(field, id + " may not read a document classified " + level);
			}
		}
	}

	/** Separation of duties: the drafter approves nothing of their own document, in any step. */
	static void notTheDrafter(Document doc, Collection<String> assignees) {
		if (assignees.stream().map(String::trim).anyMatch(doc.drafterId()::equals)) {
			throw DomainException.badInput("steps", "the drafter cannot approve their own document");
		}
	}

	/** Nor decide a step of it, in their own name or as someone's delegate. */
	static void notTheDrafter(Document doc, Actor actor) {
		if (doc.drafterId().equals(actor.userId())) {
			throw DomainException.denied("the drafter cannot decide on their own document");
		}
	}

}
