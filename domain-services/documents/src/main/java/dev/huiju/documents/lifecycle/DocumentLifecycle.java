package dev.huiju.documents.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.huiju.documents.approval.ApprovalFlow;
import dev.huiju.documents.approval.StepRequest;
import dev.huiju.documents.document.Document;
import dev.huiju.documents.document.DocumentKind;
import dev.huiju.documents.document.DocumentQueries;
import dev.huiju.documents.document.DocumentRepository;
import dev.huiju.documents.document.DocumentStatus;
import dev.huiju.documents.document.DocumentView;
import dev.huiju.documents.document.Urgency;
import dev.huiju.documents.people.Participant;
import dev.huiju.documents.receipt.Recipient;
import dev.huiju.documents.receipt.RecipientRepository;
import dev.huiju.service.support.DomainException;
import dev.huiju.service.support.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a document, each in one transaction that first locks the document's row and checks the
 * actor's clearance, the transition and the flow's rules ({@link FlowRules}): a refused change writes nothing.
 */
@Service
@Transactional
public class DocumentLifecycle {

	private final DocumentRepository documents;

	private final RecipientRepository recipients;

	private final ApprovalFlow approval;

	private final Revisions revisions;

	private final DocumentQueries queries;

	private final Clock clock;

	DocumentLifecycle(DocumentRepository documents, RecipientRepository recipients, ApprovalFlow approval,
			Revisions revisions, DocumentQueries queries, Clock clock) {
		this.documents = documents;
		this.recipients = recipients;
		this.approval = approval;
		this.revisions = revisions;
		this.queries = queries;
		this.clock = clock;
	}

	public Mono<DocumentView> draft(Actor actor, Requests.Draft request) {
		if (request.kind() == DocumentKind.INCOMING) {
			return Mono.error(DomainException.badInput("kind", "incoming documents are registered, not drafted"));
		}
		FlowRules.mayClassify(actor, request.classification());
		String drafter = actor.userId();
		OffsetDateTime now = now();
		Document draft = new Document(null, request.kind(), request.title().trim(), bodyOf(request.body()), null,
				null, request.classification(), urgencyOf(request.urgency()), DocumentStatus.DRAFT,
				request.departmentId(), drafter, request.dueDate(), null, 1, now, now, null, null);
		return this.documents.save(draft)
			.flatMap(saved -> this.revisions.record(null, saved, drafter, now).then(view(saved.id())));
	}

	public Mono<DocumentView> edit(Actor actor, long id, Requests.Edit request) {
		return locked(actor, id).flatMap(doc -> {
			requireDrafter(doc, actor, "edit");
			FlowRules.noLowering(doc, request.classification());
			if (request.classification() != null) {
				FlowRules.mayClassify(actor, request.classification());
			}
			if (!DocumentStatus.EDITABLE.contains(doc.status())) {
				throw DomainException.conflict("a document in status " + doc.status() + " cannot be edited");
			}
			if (request.expectedVersion() != null && request.expectedVersion() != doc.version()) {
				throw DomainException.conflict("the document was changed by someone else (version " + doc.version()
						+ ", expected " + request.expectedVersion() + ")");
			}
			OffsetDateTime now = now();
			Document edited = doc.withText(or(request.title(), doc.title()).trim(), or(request.body(), doc.body()),
					or(request.classification(), doc.classification()), or(request.urgency(), doc.urgency()),
					or(request.dueDate(), doc.dueDate()), now);
			return this.documents.save(edited)
				.flatMap(saved -> this.revisions.record(doc, saved, actor.userId(), now))
				.then(view(id));
		});
	}

	/** {@code people}: the route's assignees as the directory knows them. */
	public Mono<DocumentView> submit(Actor actor, long id, Requests.Submit request, Map<String, Participant> people) {
		return locked(actor, id).flatMap(doc -> {
			requireDrafter(doc, actor, "submit");
			if (!DocumentStatus.EDITABLE.contains(doc.status()) || doc.kind() == DocumentKind.INCOMING) {
				throw DomainException.conflict("a document in status " + doc.status() + " cannot be submitted");
			}
			ApprovalFlow.validate(request.steps());
			List<String> assignees = request.steps().stream().map(StepRequest::assigneeId).toList();
			FlowRules.notTheDrafter(doc, assignees);
			FlowRules.cleared(people, assignees, doc.classification(), "steps");
			return this.approval.start(doc, request.steps())
				.then(this.documents.save(doc.withStatus(DocumentStatus.IN_APPROVAL, now())))
				.then(view(id));
		});
	}

	public Mono<DocumentView> decide(Actor actor, long id, Requests.Decision request) {
		return locked(actor, id).flatMap(doc -> {
			if (doc.status() != DocumentStatus.IN_APPROVAL) {
				throw DomainException.conflict("a document in status " + doc.status() + " cannot be approved or rejected");
			}
			FlowRules.notTheDrafter(doc, actor);
			OffsetDateTime now = now();
			return this.approval.decide(doc, actor.userId(), request.approve(), request.opinion(), now).flatMap(outcome -> {
				return switch (outcome) {
					case RUNNING -> Mono.just(doc);
					case APPROVED -> this.documents.save(doc.withStatus(DocumentStatus.APPROVED, now));
					case REJECTED -> this.documents.save(doc.withStatus(DocumentStatus.REJECTED, now));
				};
			}).then(view(id));
		});
	}

	public Mono<DocumentView> withdraw(Actor actor, long id) {
		return locked(actor, id).flatMap(doc -> {
			requireDrafter(doc, actor, "withdraw");
			if (doc.status() != DocumentStatus.IN_APPROVAL) {
				throw DomainException.conflict("only a document in approval, before its sign-off, can be withdrawn; this one is "
						+ doc.status());
			}
			return this.approval.cancelOpen(doc)
				.then(this.documents.save(doc.withStatus(DocumentStatus.WITHDRAWN, now())))
				.then(view(id));
		});
	}

	/** {@code people}: the recipients as the directory knows them. */
	public Mono<DocumentView> issue(Actor actor, long id, Requests.Issue request, Map<String, Participant> people) {
		return locked(actor, id).flatMap(doc -> {
			requireDrafter(doc, actor, "issue");
			if (doc.status() != DocumentStatus.APPROVED) {
				throw DomainException.conflict("only an approved document can be issued; this one is " + doc.status());
			}
			FlowRules.cleared(people, request.recipientIds(), doc.classification(), "recipientIds");
			OffsetDateTime now = now();
			// The id makes the number unique without a shared counter.
			String docNo = (request.docNo() != null && !request.docNo().isBlank()) ? request.docNo().trim()
					: "汇聚〔" + now.getYear() + "〕" + doc.id() + "号";
			return this.documents.save(doc.issued(docNo, now))
				.then(deliver(id, request.recipientIds(), now))
				.then(view(id));
		});
	}

	/** {@code people}: the recipients as the directory knows them. */
	public Mono<DocumentView> registerIncoming(Actor actor, Requests.RegisterIncoming request,
			Map<String, Participant> people) {
		FlowRules.mayClassify(actor, request.classification());
		FlowRules.cleared(people, request.recipientIds(), request.classification(), "recipientIds");
		String registrar = actor.userId();
		OffsetDateTime now = now();
		Document incoming = new Document(null, DocumentKind.INCOMING, request.title().trim(), bodyOf(request.body()),
				request.docNo().trim(), request.sourceOrg().trim(), request.classification(),
				urgencyOf(request.urgency()), DocumentStatus.REGISTERED, request.departmentId(), registrar,
				request.dueDate(), null, 1, now, now, null, null);
		return this.documents.save(incoming)
			.flatMap(saved -> this.revisions.record(null, saved, registrar, now)
				.then(deliver(saved.id(), request.recipientIds(), now))
				.then(view(saved.id())));
	}

	public Mono<DocumentView> markRead(Actor actor, long id) {
		return locked(actor, id).flatMap(doc -> this.recipients.findByDocumentIdAndPersonId(id, actor.userId())
			.switchIfEmpty(Mono.error(() -> DomainException.denied("you are not a recipient of this document")))
			.flatMap(r -> (r.readAt() != null) ? Mono.just(r) : this.recipients.save(r.read(now())))
			.then(view(id)));
	}

	public Mono<DocumentView> archive(Actor actor, long id) {
		return locked(actor, id).flatMap(doc -> {
			requireDrafter(doc, actor, "archive");
			if (doc.status() != DocumentStatus.ISSUED && doc.status() != DocumentStatus.REGISTERED) {
				throw DomainException.conflict("only an issued or registered document can be archived; this one is "
						+ doc.status());
			}
			return this.documents.save(doc.archived(now())).then(view(id));
		});
	}

	/**
	 * An outgoing draft from an incoming document: it keeps the source's classification, so whoever may not
	 * read the source gets nothing from converting it.
	 */
	public Mono<DocumentView> convert(Actor actor, long id, Requests.Convert request) {
		String converter = actor.userId();
		return locked(actor, id).flatMap(doc -> {
			if (doc.kind() != DocumentKind.INCOMING) {
				throw DomainException.conflict("only an incoming document can be converted into an outgoing one");
			}
			return this.recipients.findByDocumentIdAndPersonId(id, converter).hasElement().flatMap(isRecipient -> {
				if (!isRecipient && !doc.drafterId().equals(converter)) {
					return Mono.error(DomainException.denied("only the registrar or a recipient may convert this document"));
				}
				OffsetDateTime now = now();
				String title = (request.title() != null) ? request.title().trim() : doc.title();
				Document outgoing = new Document(null, DocumentKind.OUTGOING, title, doc.body(), null, null,
						doc.classification(), doc.urgency(), DocumentStatus.DRAFT, request.departmentId(), converter,
						doc.dueDate(), doc.id(), 1, now, now, null, null);
				return this.documents.save(outgoing)
					.flatMap(saved -> this.revisions.record(null, saved, converter, now).then(view(saved.id())));
			});
		});
	}

	private Mono<Void> deliver(long id, List<String> personIds, OffsetDateTime now) {
		return Flux.fromIterable(personIds)
			.map(String::trim)
			.distinct()
			.concatMap(person -> this.recipients.findByDocumentIdAndPersonId(id, person)
				.switchIfEmpty(this.recipients.save(new Recipient(null, id, person, now, null))))
			.then();
	}

	/**
	 * Reclassification: a leader cleared for both levels lowers (or raises) a document's classification, with
	 * a reason, recorded in its revisions like any change.
	 */
	public Mono<DocumentView> reclassify(Actor actor, long id, Requests.Reclassify request) {
		if (!actor.person().hasRole(FlowRules.DECLASSIFIER)) {
			return Mono.error(DomainException.denied("only a leader may change a document's classification"));
		}
		FlowRules.mayClassify(actor, request.classification());
		return locked(actor, id).flatMap(doc -> {
			if (doc.status() == DocumentStatus.DRAFT && !doc.drafterId().equals(actor.userId())) {
				// a draft is its drafter's alone: to anyone else it does not exist
				throw DomainException.notFound("document", id);
			}
			if (doc.classification() == request.classification()) {
				throw DomainException.badInput("classification", "the document is already " + doc.classification());
			}
			OffsetDateTime now = now();
			Document changed = doc.reclassified(request.classification(), now);
			return this.documents.save(changed)
				.flatMap(saved -> this.revisions.record(doc, saved, actor.userId(), now, request.reason().trim()))
				.then(view(id));
		});
	}

	/** The document, locked for this change, once the actor is known to be cleared for it. */
	private Mono<Document> locked(Actor actor, long id) {
		return this.documents.lock(id)
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("document", id)))
			.then(this.documents.findById(id))
			.doOnNext(doc -> FlowRules.mayHandle(actor, doc));
	}

	private Mono<DocumentView> view(long id) {
		return this.queries.one(id);
	}

	private static void requireDrafter(Document doc, Actor actor, String action) {
		if (!doc.drafterId().equals(actor.userId())) {
			throw DomainException.denied("only the drafter may " + action + " this document");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static String bodyOf(String body) {
		return (body != null) ? body : "";
	}

	private static Urgency urgencyOf(Urgency urgency) {
		return (urgency != null) ? urgency : Urgency.NORMAL;
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
