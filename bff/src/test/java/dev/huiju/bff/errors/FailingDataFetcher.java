package dev.huiju.bff.errors;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;

/** Test only: fails the way a bug would, with details that must never reach a client. */
@DgsComponent
class FailingDataFetcher {

	static final String SECRET_DETAIL = "ERROR: relation \"secret_table\" does not exist at SELECT * FROM secret_table";

	@DgsQuery
	String failingField() {
		throw new IllegalStateException(SECRET_DETAIL);
	}

}
