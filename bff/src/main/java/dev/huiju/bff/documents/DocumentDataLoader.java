package dev.huiju.bff.documents;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import dev.huiju.bff.security.Callers;
import dev.huiju.clients.documents.DocumentsClient;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * Every document asked for by id in one level of an operation, in one call: fifty aliased
 * {@code document(id:)} root fields are one request to the documents service, not fifty.
 */
@DgsDataLoader(name = DocumentDataLoader.NAME)
class DocumentDataLoader implements MappedBatchLoaderWithContext<Long, DocumentDto> {

	static final String NAME = "documents";

	private final DocumentsClient documents;

	DocumentDataLoader(DocumentsClient documents) {
		this.documents = documents;
	}

	@Override
	public CompletionStage<Map<Long, DocumentDto>> load(Set<Long> ids, BatchLoaderEnvironment env) {
		return this.documents.byIds(ids)
			.map(found -> found.stream().collect(Collectors.toMap(DocumentDto::id, Function.identity(), (a, b) -> a)))
			.contextWrite(Callers.context(env))
			.toFuture();
	}

}
