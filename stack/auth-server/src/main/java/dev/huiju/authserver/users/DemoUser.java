package dev.huiju.authserver.users;

import java.util.List;
import java.util.Set;

/**
 * A demo account: who it is, what it may do, and where it sits in the organisation. The system, security
 * and audit administrators are separate people: no account holds two of those roles.
 *
 * @param staffNo {@code null} for citizens, who have none
 * @param department {@code null} for citizens, who belong to none
 */
public record DemoUser(String username, String name, String staffNo, List<String> roles, String clearance,
		String region, String regionLevel, String department) {

	private static final Set<String> ADMINISTRATORS = Set.of("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN");

	public DemoUser {
		roles = List.copyOf(roles);
		if (roles.stream().filter(ADMINISTRATORS::contains).count() > 1) {
			throw new IllegalArgumentException(username + " may not combine administrator roles " + roles);
		}
	}

}
