package dev.huiju.authserver;

import java.util.List;

import dev.huiju.authserver.users.DemoUser;
import dev.huiju.authserver.users.DemoUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The demo users cover every role, and no account combines administrator roles. */
class DemoUserTests {

	@Test
	void anAccountCannotCombineAdministratorRoles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoUser("root", "root", "C9999", List.of("SYSTEM_ADMIN", "SECURITY_ADMIN"),
					"SECRET", "city", "CITY", "dept-it"))
			.withMessageContaining("administrator");
	}

	@Test
	void theDemoUsersCoverEveryRoleWithEachAdministratorSeparate() {
		List<String> roles = new DemoUsers().all().stream().flatMap(user -> user.roles().stream()).toList();
		assertThat(roles).contains("CLERK", "APPROVER", "LEADER", "CANTEEN_OPERATOR", "ELDERCARE_OPERATOR",
				"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN", "CITIZEN");
		assertThat(new DemoUsers().all()).filteredOn(user -> user.roles().stream().anyMatch(r -> r.endsWith("_ADMIN")))
			.hasSize(3)
			.allSatisfy(user -> assertThat(user.roles()).hasSize(1));
	}

}
