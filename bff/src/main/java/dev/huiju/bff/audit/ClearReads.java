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

	/** Reports that {@code kind} of the {@code type} object {@code id} went out in clear in this operation. */
	public static void record(GraphQLContext context, String kind, String type, Object id) {
		if (!AUDITED.contains(kind) || id == null) {
			return;
		}
		Set<String> reads = context.get(KEY);
		if (reads != null) {
			reads.add(kind + " in clear: " + type + ":" + id);
		}
	}

}
