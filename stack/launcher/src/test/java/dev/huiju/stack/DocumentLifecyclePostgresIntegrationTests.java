package dev.huiju.stack;

/** The document lifecycle with the domain services on PostgreSQL. */
class DocumentLifecyclePostgresIntegrationTests extends DocumentLifecycleContract {

	@Override
	TestStack stack() {
		return TestStack.postgres();
	}

}
