package dev.huiju.stack;

/** The document lifecycle with the domain services on their embedded default, H2. */
class DocumentLifecycleH2IntegrationTests extends DocumentLifecycleContract {

	@Override
	TestStack stack() {
		return TestStack.h2();
	}

}
