package dev.huiju.clients;

import java.util.Optional;

import reactor.util.context.ContextView;

/**
 * On whose behalf the BFF calls a domain service. Put into the Reactor context of a call, it reaches the service
 * as headers, so that row-level rules (classification, region) are applied where the rows are.
 *
 * @param userId the person's login name
 * @param clearance the highest classification the person may read on the channel in use
 * @param regionId the person's region
 */
public record Requester(String userId, String clearance, String regionId) {

	public static final String USER_HEADER = "X-Acting-User";

	public static final String CLEARANCE_HEADER = "X-Clearance";

	public static final String REGION_HEADER = "X-Region";

	static Optional<Requester> from(ContextView context) {
		return context.getOrEmpty(Requester.class);
	}

}
