package dev.huiju.bff.documents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos.RevisionDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** The revision histories of all documents asked for at one level, in one call. */
@DgsDataLoader(name = RevisionDataLoader.NAME)
class RevisionDataLoader implements MappedBatchLoaderWithContext<Long, List<RevisionDto>> {

	static final String NAME = "revisions";

	private final DocumentsClient documents;

	RevisionDataLoader(DocumentsClient documents) {
		this.documents = documents;
	}

	@Override
	public CompletionStage<Map<Long, List<RevisionDto>>> load(Set<Long> documentIds, BatchLoaderEnvironment env) {
		return this.documents.revisions(documentIds)
			.map(all -> all.stream().collect(Collectors.groupingBy(RevisionDto::documentId)))
			.contextWrite(Callers.context(env))
			.toFuture();
	}

}
