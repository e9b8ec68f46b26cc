package dev.huiju.bff.audit;

import java.util.Set;

import graphql.GraphQLContext;

/**
 * The objects whose most sensitive values an operation returned in clear. The field rules (bff.permissions)
 * report each such read here, where they decide it; the audit event of the operation then names every one
 * ({@code "ID_NUMBER in clear: Resident:17"}), so a leak is traced to the person and the record it was about.
 */
public final class ClearReads {

	/** The kinds of personal data whose every read in clear is named in the audit trail. */
	public static final Set<String> AUDITED = Set.of("ID_NUMBER");

	static final String KEY = ClearReads.class.getName();

	private ClearReads() {
	}

	/**
	 * Whether {@code kind} of the {@code type} object {@code id} may go out in clear in this operation, and if so
	 * records it. An audited kind goes out in clear only when its read is recorded: an operation the trail is not
	 * accepting events for (its buffer full, its database away), or one outside the audited path, gets it masked.
	 */
	public static boolean allow(GraphQLContext context, String kind, String type, Object id) {
		if (!AUDITED.contains(kind)) {
			return true;
		}
		Set<String> reads = context.get(KEY);
		if (reads == null || id == null) {
			return false;
		}
		reads.add(kind + " in clear: " + type + ":" + id);
		return true;
	}

}
