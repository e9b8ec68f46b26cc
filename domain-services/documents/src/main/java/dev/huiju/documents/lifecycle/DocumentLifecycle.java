package dev.huiju.documents.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import dev.huiju.documents.approval.ApprovalFlow;
import dev.huiju.documents.document.Document;
import dev.huiju.documents.document.DocumentKind;
import dev.huiju.documents.document.DocumentQueries;
import dev.huiju.documents.document.DocumentRepository;
import dev.huiju.documents.document.DocumentStatus;
import dev.huiju.documents.document.DocumentView;
import dev.huiju.documents.document.Urgency;
import dev.huiju.documents.receipt.Recipient;
import dev.huiju.documents.receipt.RecipientRepository;
import dev.huiju.service.support.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a document, each in one transaction that first locks the document's row and checks the
 * transition: an illegal one is refused before anything is written.
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

	public Mono<DocumentView> draft(String actor, Requests.Draft request) {
		if (request.kind() == DocumentKind.INCOMING) {
			return Mono.error(DomainException.badInput("kind", "incoming documents are registered, not drafted"));
		}
		OffsetDateTime now = now();
		Document draft = new Document(null, request.kind(), request.title().trim(), bodyOf(request.body()), null,
				null, request.classification(), urgencyOf(request.urgency()), DocumentStatus.DRAFT,
				request.departmentId(), actor, request.dueDate(), null, 1, now, now, null, null);
		return this.documents.save(draft)
			.flatMap(saved -> this.revisions.record(null, saved, actor, now).then(view(saved.id())));
	}

	public Mono<DocumentView> edit(String actor, long id, Requests.Edit request) {
		return locked(id).flatMap(doc -> {
			requireDrafter(doc, actor, "edit");
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
				.flatMap(saved -> this.revisions.record(doc, saved, actor, now))
				.then(view(id));
		});
	}

	public Mono<DocumentView> submit(String actor, long id, Requests.Submit request) {
		return locked(id).flatMap(doc -> {
			requireDrafter(doc, actor, "submit");
			if (!DocumentStatus.EDITABLE.contains(doc.status()) || doc.kind() == DocumentKind.INCOMING) {
				throw DomainException.conflict("a document in status " + doc.status() + " cannot be submitted");
			}
			ApprovalFlow.validate(request.steps());
			return this.approval.start(doc, request.steps())
				.then(this.documents.save(doc.withStatus(DocumentStatus.IN_APPROVAL, now())))
				.then(view(id));
		});
	}

	public Mono<DocumentView> decide(String actor, long id, Requests.Decision request) {
		return locked(id).flatMap(doc -> {
			if (doc.status() != DocumentStatus.IN_APPROVAL) {
				throw DomainException.conflict("a document in status " + doc.status() + " cannot be approved or rejected");
			}
			OffsetDateTime now = now();
			return this.approval.decide(doc, actor, request.approve(), request.opinion(), now).flatMap(outcome -> {
				return switch (outcome) {
					case RUNNING -> Mono.just(doc);
					case APPROVED -> this.documents.save(doc.withStatus(DocumentStatus.APPROVED, now));
					case REJECTED -> this.documents.save(doc.withStatus(DocumentStatus.REJECTED, now));
				};
			}).then(view(id));
		});
	}

	public Mono<DocumentView> withdraw(String actor, long id) {
		return locked(id).flatMap(doc -> {
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

	public Mono<DocumentView> issue(String actor, long id, Requests.Issue request) {
		return locked(id).flatMap(doc -> {
			requireDrafter(doc, actor, "issue");
			if (doc.status() != DocumentStatus.APPROVED) {
				throw DomainException.conflict("only an approved document can be issued; this one is " + doc.status());
			}
			OffsetDateTime now = now();
			// The id makes the number unique without a shared counter.
			String docNo = (request.docNo() != null && !request.docNo().isBlank()) ? request.docNo().trim()
					: "汇聚〔" + now.getYear() + "〕" + doc.id() + "号";
			return this.documents.save(doc.issued(docNo, now))
				.then(deliver(id, request.recipientIds(), now))
				.then(view(id));
		});
	}

	public Mono<DocumentView> registerIncoming(String actor, Requests.RegisterIncoming request) {
		OffsetDateTime now = now();
		Document incoming = new Document(null, DocumentKind.INCOMING, request.title().trim(), bodyOf(request.body()),
				request.docNo().trim(), request.sourceOrg().trim(), request.classification(),
				urgencyOf(request.urgency()), DocumentStatus.REGISTERED, request.departmentId(), actor,
				request.dueDate(), null, 1, now, now, null, null);
		return this.documents.save(incoming)
			.flatMap(saved -> this.revisions.record(null, saved, actor, now)
				.then(deliver(saved.id(), request.recipientIds(), now))
				.then(view(saved.id())));
	}

	public Mono<DocumentView> markRead(String actor, long id) {
		return locked(id).flatMap(doc -> this.recipients.findByDocumentIdAndPersonId(id, actor)
			.switchIfEmpty(Mono.error(() -> DomainException.denied("you are not a recipient of this document")))
			.flatMap(r -> (r.readAt() != null) ? Mono.just(r) : this.recipients.save(r.read(now())))
			.then(view(id)));
	}

	public Mono<DocumentView> archive(String actor, long id) {
		return locked(id).flatMap(doc -> {
			requireDrafter(doc, actor, "archive");
			if (doc.status() != DocumentStatus.ISSUED && doc.status() != DocumentStatus.REGISTERED) {
				throw DomainException.conflict("only an issued or registered document can be archived; this one is "
						+ doc.status());
			}
			return this.documents.save(doc.archived(now())).then(view(id));
		});
	}

	public Mono<DocumentView> convert(String actor, long id, Requests.Convert request) {
		return locked(id).flatMap(doc -> {
			if (doc.kind() != DocumentKind.INCOMING) {
				throw DomainException.conflict("only an incoming document can be converted into an outgoing one");
			}
			return this.recipients.findByDocumentIdAndPersonId(id, actor).hasElement().flatMap(isRecipient -> {
				if (!isRecipient && !doc.drafterId().equals(actor)) {
					return Mono.error(DomainException.denied("only the registrar or a recipient may convert this document"));
				}
				OffsetDateTime now = now();
				String title = (request.title() != null) ? request.title().trim() : doc.title();
				Document outgoing = new Document(null, DocumentKind.OUTGOING, title, doc.body(), null, null,
						doc.classification(), doc.urgency(), DocumentStatus.DRAFT, request.departmentId(), actor,
						doc.dueDate(), doc.id(), 1, now, now, null, null);
				return this.documents.save(outgoing)
					.flatMap(saved -> this.revisions.record(null, saved, actor, now).then(view(saved.id())));
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

	private Mono<Document> locked(long id) {
		return this.documents.lock(id)
			.switchIfEmpty(Mono.error(() -> DomainException.notFound("document", id)))
			.then(this.documents.findById(id));
	}

	private Mono<DocumentView> view(long id) {
		return this.queries.one(id);
	}

	private static void requireDrafter(Document doc, String actor, String action) {
		if (!doc.drafterId().equals(actor)) {
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
