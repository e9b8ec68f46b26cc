package dev.huiju.bff.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import dev.huiju.access.BusinessCalendar;
import dev.huiju.bff.directory.DirectoryLoaders;
import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.bff.errors.CanonicalIds;
import dev.huiju.bff.security.Callers;
import dev.huiju.bff.watermark.Watermarks;
import dev.huiju.clients.directory.DirectoryClient;
import dev.huiju.clients.directory.DirectoryDtos.DepartmentDto;
import dev.huiju.clients.directory.DirectoryDtos.PersonDto;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos.PageDto;
import dev.huiju.clients.documents.DocumentsDtos.DeliveryDto;
import dev.huiju.clients.documents.DocumentsDtos.DelegationDto;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.documents.DocumentsDtos.RevisionDto;
import dev.huiju.clients.documents.DocumentsDtos.SearchRequest;
import dev.huiju.clients.documents.DocumentsDtos.StepDto;
import dev.huiju.clients.DomainRejection;
import dev.huiju.schema.generated.DgsConstants;
import dev.huiju.schema.generated.types.DocumentFilter;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/** The document queries and the fields of documents that reach into other domains. */
@DgsComponent
class DocumentsDataFetcher {

	private static final Set<String> CLOSED = Set.of("ISSUED", "ARCHIVED");

	private final DocumentsClient documents;

	private final Clock clock;

	private final Watermarks watermarks;

	private final DirectoryClient directory;

	private final BusinessCalendar calendar;

	DocumentsDataFetcher(DocumentsClient documents, Clock clock, Watermarks watermarks, DirectoryClient directory,
			BusinessCalendar calendar) {
		this.calendar = calendar;
		this.directory = directory;
		this.documents = documents;
		this.clock = clock;
		this.watermarks = watermarks;
	}

	@DgsQuery(field = DgsConstants.QUERY.Document)
	CompletableFuture<DocumentDto> document(@InputArgument String id, DgsDataFetchingEnvironment env) {
		long documentId = CanonicalIds.parse(id, "id", "a document id");
		DataLoader<Long, DocumentDto> loader = env.getDataLoader(DocumentDataLoader.NAME);
		return loader.load(documentId).thenApply(found -> {
			if (found == null) {
				throw new DomainRejection("documents", 404, "NOT_FOUND", "document " + id + " does not exist", null);
			}
			return found;
		});
	}

	@DgsQuery(field = DgsConstants.QUERY.Documents)
	Mono<DocumentPages.DocumentConnection> documents(@InputArgument DocumentFilter filter,
			@InputArgument Integer first, @InputArgument String after, DgsDataFetchingEnvironment env) {
		SearchRequest search = (filter == null) ? new SearchRequest(null, null, null, null, null, null, null, null)
				: new SearchRequest(null, filter.getTitle(), filter.getDocNo(),
						(filter.getStatus() != null) ? filter.getStatus().stream().map(Enum::name).toList() : null,
						(filter.getKind() != null) ? filter.getKind().name() : null, filter.getDepartmentId(),
						filter.getCreatedFrom(), filter.getCreatedTo());
		return page(this.documents.search(search, DocumentPages.after(after), DocumentPages.first(first),
				DocumentListViews.of(env)), after);
	}

	@DgsQuery(field = DgsConstants.QUERY.SearchDocuments)
	Mono<DocumentPages.DocumentConnection> searchDocuments(@InputArgument String text,
			@InputArgument Integer first, @InputArgument String after, DgsDataFetchingEnvironment env) {
		if (text == null || text.isBlank()) {
			throw new BadUserInput("text must not be empty");
		}
		SearchRequest search = new SearchRequest(text, null, null, null, null, null, null, null);
		return page(this.documents.search(search, DocumentPages.after(after), DocumentPages.first(first),
				DocumentListViews.of(env)), after);
	}

	/** Through {@link TodoPageDataLoader}: aliases of this field in one operation share one call. */
	@DgsQuery(field = DgsConstants.QUERY.MyTodo)
	CompletableFuture<DocumentPages.DocumentConnection> myTodo(@InputArgument Integer first, @InputArgument String after,
			DgsDataFetchingEnvironment env) {
		String me = Callers.of(env).userId();
		DataLoader<TodoPageDataLoader.Key, PageDto> pages = env.getDataLoader(TodoPageDataLoader.NAME);
		return pages.load(new TodoPageDataLoader.Key(me, DocumentPages.after(after), DocumentPages.first(first),
					DocumentListViews.of(env)))
			.thenApply(page -> DocumentPages.connection(page, after));
	}

	@DgsQuery(field = DgsConstants.QUERY.OverdueDocuments)
	Mono<DocumentPages.DocumentConnection> overdueDocuments(@InputArgument String departmentId,
			@InputArgument Integer first, @InputArgument String after, DgsDataFetchingEnvironment env) {
		return page(this.documents.overdue(departmentId, DocumentPages.after(after), DocumentPages.first(first),
				DocumentListViews.of(env)), after);
	}

	@DgsQuery(field = DgsConstants.QUERY.MyDelegations)
	Mono<List<DelegationDto>> myDelegations(DgsDataFetchingEnvironment env) {
		return this.documents.delegations(Callers.of(env).userId());
	}

	/** Delegations change during a token's life, so they are read from the service, not from the token. */
	@DgsData(parentType = DgsConstants.VIEWER.TYPE_NAME, field = DgsConstants.VIEWER.ActingFor)
	Mono<List<PersonDto>> actingFor(DgsDataFetchingEnvironment env) {
		String me = Callers.of(env).userId();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// Straight to the directory: a loader asked after this level's dispatch would wait for ever.
		return this.documents.delegations(me)
			.map(all -> all.stream()
				.filter(d -> d.delegateId().equals(me) && !now.isBefore(d.startsAt()) && now.isBefore(d.endsAt()))
				.map(DelegationDto::principalId)
				.distinct()
				.toList())
			.flatMap(principals -> this.directory.people(principals)
				.map(found -> principals.stream().map(found::get).filter(java.util.Objects::nonNull).toList()));
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Drafter)
	CompletableFuture<PersonDto> drafter(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		return DirectoryLoaders.person(env, document.drafterId());
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Department)
	CompletableFuture<DepartmentDto> department(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		return DirectoryLoaders.department(env, document.departmentId());
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Approvers)
	CompletableFuture<List<PersonDto>> approvers(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		int round = document.steps().stream().mapToInt(StepDto::round).max().orElse(0);
		List<String> ids = document.steps().stream().filter(s -> s.round() == round).map(StepDto::assigneeId)
			.distinct().toList();
		return DirectoryLoaders.people(env, ids);
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.ApprovalSteps)
	List<StepDto> approvalSteps(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		return document.steps();
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Overdue)
	boolean overdue(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		return document.dueDate() != null && document.dueDate().isBefore(this.calendar.today())
				&& !CLOSED.contains(document.status());
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Revisions)
	CompletableFuture<List<RevisionDto>> revisions(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		DataLoader<Long, List<RevisionDto>> loader = env.getDataLoader(RevisionDataLoader.NAME);
		return loader.load(document.id()).thenApply(found -> (found != null) ? found : List.of());
	}

	@DgsData(parentType = DgsConstants.DOCUMENT.TYPE_NAME, field = DgsConstants.DOCUMENT.Preview)
	DocumentPreviewView preview(DgsDataFetchingEnvironment env) {
		DocumentDto document = env.getSource();
		return new DocumentPreviewView(DocumentPreviewView.excerpt(document.body()),
				this.watermarks.forRequest(env.getGraphQlContext()));
	}

	@DgsData(parentType = DgsConstants.APPROVALSTEP.TYPE_NAME, field = DgsConstants.APPROVALSTEP.Assignee)
	CompletableFuture<PersonDto> assignee(DgsDataFetchingEnvironment env) {
		StepDto step = env.getSource();
		return DirectoryLoaders.person(env, step.assigneeId());
	}

	@DgsData(parentType = DgsConstants.APPROVALSTEP.TYPE_NAME, field = DgsConstants.APPROVALSTEP.DecidedBy)
	CompletableFuture<PersonDto> decidedBy(DgsDataFetchingEnvironment env) {
		StepDto step = env.getSource();
		return DirectoryLoaders.person(env, step.decidedBy());
	}

	@DgsData(parentType = DgsConstants.APPROVALSTEP.TYPE_NAME, field = DgsConstants.APPROVALSTEP.OnBehalfOf)
	CompletableFuture<PersonDto> onBehalfOf(DgsDataFetchingEnvironment env) {
		StepDto step = env.getSource();
		return DirectoryLoaders.person(env, step.onBehalfOf());
	}

	@DgsData(parentType = DgsConstants.RECIPIENT.TYPE_NAME, field = DgsConstants.RECIPIENT.Person)
	CompletableFuture<PersonDto> recipient(DgsDataFetchingEnvironment env) {
		DeliveryDto delivery = env.getSource();
		return DirectoryLoaders.person(env, delivery.personId());
	}

	@DgsData(parentType = DgsConstants.REVISION.TYPE_NAME, field = DgsConstants.REVISION.Editor)
	CompletableFuture<PersonDto> editor(DgsDataFetchingEnvironment env) {
		RevisionDto revision = env.getSource();
		return DirectoryLoaders.person(env, revision.editorId());
	}

	@DgsData(parentType = DgsConstants.DELEGATION.TYPE_NAME, field = DgsConstants.DELEGATION.Principal)
	CompletableFuture<PersonDto> principal(DgsDataFetchingEnvironment env) {
		DelegationDto delegation = env.getSource();
		return DirectoryLoaders.person(env, delegation.principalId());
	}

	@DgsData(parentType = DgsConstants.DELEGATION.TYPE_NAME, field = DgsConstants.DELEGATION.Delegate)
	CompletableFuture<PersonDto> delegate(DgsDataFetchingEnvironment env) {
		DelegationDto delegation = env.getSource();
		return DirectoryLoaders.person(env, delegation.delegateId());
	}

	private static Mono<DocumentPages.DocumentConnection> page(
			Mono<dev.huiju.clients.documents.DocumentsDtos.PageDto> page, String after) {
		return page.map(p -> DocumentPages.connection(p, after));
	}

}
