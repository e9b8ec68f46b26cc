package dev.huiju.stack;

import java.util.List;

/**
 * One domain service of the stack. {@link #ALL} is the one list the launcher, the end-to-end stack and the
 * drift test iterate over: a new domain is a line here (and its mappings in {@code mocks/}).
 *
 * @param name the service's name, as in {@code huiju.clients.services.<name>} of the BFF
 * @param module where its executable jar is built
 * @param port its port in the local stack
 * @param demoProfiles the profiles that seed its demo data
 * @param probe a read any staff member may make, which the tests use to try tokens against the service
 * @param keepsRecords false for a service whose tables only derive from the others' (the big screen's figures,
 *        written on its own schedule), which no request of a person changes
 */
public record DomainService(String name, String module, int port, List<String> demoProfiles, String probe,
		boolean keepsRecords) {

	public static final List<DomainService> ALL = List.of(
			new DomainService("directory", "domain-services/directory", 8081, List.of("demo"), "/departments", true),
			new DomainService("documents", "domain-services/documents", 8082, List.of("demo"), "/documents?limit=5", true),
			new DomainService("meetings", "domain-services/meetings", 8083, List.of("demo"), "/rooms", true),
			new DomainService("dining", "domain-services/dining", 8084, List.of("demo"), "/canteens", true),
			new DomainService("eldercare", "domain-services/eldercare", 8085, List.of("demo"), "/institutions", true),
			new DomainService("bigscreen", "domain-services/bigscreen", 8086, List.of(), "/indicators/catalogue", false));

	public static DomainService named(String name) {
		return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no domain service " + name));
	}

	/** {@code --spring.profiles.active=…} for its database and, when asked, its demo data; none on the defaults. */
	public List<String> profileArgs(boolean postgres, boolean demo) {
		List<String> profiles = new java.util.ArrayList<>();
		if (postgres) {
			profiles.add("postgres");
		}
		if (demo) {
			profiles.addAll(this.demoProfiles);
		}
		return profiles.isEmpty() ? List.of() : List.of("--spring.profiles.active=" + String.join(",", profiles));
	}

	/** What another domain service is told about where this one is ({@code huiju.services.<name>.base-url}). */
	public String peerUrlArg(String url) {
		return "--huiju.services." + this.name + ".base-url=" + url;
	}

	/** What the BFF (or any client) is told about where this service is. */
	public String baseUrlArg(String url) {
		return "--huiju.clients.services." + this.name + ".base-url=" + url;
	}

}
