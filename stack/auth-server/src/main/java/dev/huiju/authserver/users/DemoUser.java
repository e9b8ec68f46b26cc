package dev.huiju.authserver.users;

import java.util.List;

/**
 * A demo account: who it is, what it may do, and where it sits in the organisation.
 *
 * @param staffNo {@code null} for citizens, who have none
 * @param department {@code null} for citizens, who belong to none
 */
public record DemoUser(String username, String name, String staffNo, List<String> roles, String clearance,
		String region, String regionLevel, String department) {
}
