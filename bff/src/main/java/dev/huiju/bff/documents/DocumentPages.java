package dev.huiju.bff.documents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.huiju.bff.errors.BadUserInput;
import dev.huiju.clients.documents.DocumentsDtos.DocumentDto;
import dev.huiju.clients.documents.DocumentsDtos.PageDto;
import dev.huiju.schema.generated.types.PageInfo;

/** Relay connections over the documents service's keyset pages: opaque cursors and page-size limits. */
final class DocumentPages {

	static final int MAX_FIRST = 1000;

	private static final String PREFIX = "document:";

	private DocumentPages() {
	}

	/** The documents service's {@code after}: the id of the last document seen. */
	static String after(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!decoded.startsWith(PREFIX)) {
				throw new BadUserInput("after is not a cursor of this list");
			}
			return String.valueOf(Long.parseLong(decoded.substring(PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			throw new BadUserInput("after is not a cursor of this list");
		}
	}

	static int first(Integer first) {
		int value = (first != null) ? first : 20;
		if (value < 1 || value > MAX_FIRST) {
			throw new BadUserInput("first must be between 1 and " + MAX_FIRST);
		}
		return value;
	}

	static String cursor(long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
	}

	/** The page as a connection; a page asked for {@code after} a cursor has one before it. */
	static DocumentConnection connection(PageDto page, String after) {
		return connection(page, after != null && !after.isBlank());
	}

	static DocumentConnection connection(PageDto page, boolean hasPrevious) {
		List<DocumentEdgeView> edges = page.items().stream().map(d -> new DocumentEdgeView(cursor(d.id()), d)).toList();
		PageInfo info = PageInfo.newBuilder()
			.hasNextPage(page.nextCursor() != null)
			.hasPreviousPage(hasPrevious)
			.startCursor(edges.isEmpty() ? null : edges.get(0).cursor())
			.endCursor(edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor())
			.build();
		return new DocumentConnection(edges, info);
	}

	/**
	 * A page of documents, shaped as the schema's {@code DocumentConnection}. Spring for GraphQL's connection
	 * support, active once Spring Data is on the classpath, passes through values whose class name ends with
	 * "Connection"; any other class would be taken for a Spring Data window.
	 */
	record DocumentConnection(List<DocumentEdgeView> edges, PageInfo pageInfo) {
	}

	/** One edge of a {@link DocumentConnection}. */
	record DocumentEdgeView(String cursor, DocumentDto node) {
	}

}
