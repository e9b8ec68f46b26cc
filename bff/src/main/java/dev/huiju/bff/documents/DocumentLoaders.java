package dev.huiju.bff.documents;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/** The lookup other domains use to show documents by id (a meeting's materials), batched per level. */
public final class DocumentLoaders {

	private DocumentLoaders() {
	}

	/**
	 * The documents of these ids the caller may read, in the given order: one the documents service does not
	 * name to the caller (another's draft) or withholds (above their clearance) is left out, never shown.
	 */
	public static CompletableFuture<List<DocumentDto>> readable(DataFetchingEnvironment env, List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		DataLoader<Long, DocumentDto> loader = env.getDataLoader(DocumentDataLoader.NAME);
		return loader.loadMany(ids).thenApply(found -> found.stream()
			.filter(Objects::nonNull)
			.filter(document -> document.title() != null)
			.toList());
	}

}
