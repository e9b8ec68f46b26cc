package dev.huiju.documents.document;

import java.util.Arrays;
import java.util.List;

import dev.huiju.service.support.DomainException;

/** Parses the comma-separated document ids of the batch endpoints, at most one page's worth. */
public final class DocumentIdList {

	private DocumentIdList() {
	}

	/** @param parameter the request parameter's name, for the error */
	public static List<Long> parse(String parameter, String ids) {
		try {
			List<Long> parsed = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.map(Long::valueOf).distinct().toList();
			if (parsed.size() > DocumentQueries.MAX_PAGE) {
				throw DomainException.badInput(parameter, "at most " + DocumentQueries.MAX_PAGE + " ids per request");
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw DomainException.badInput(parameter, parameter + " must be numbers");
		}
	}

}
