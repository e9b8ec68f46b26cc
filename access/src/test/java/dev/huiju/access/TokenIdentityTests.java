package dev.huiju.access;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIdentityTests {

	@Test
	void aPersonReadsNoHigherThanTheirChannelAllows() {
		TokenIdentity onPortal = TokenIdentity.from(person("li.na", "web-portal", "SECRET"));
		TokenIdentity onMiniProgram = TokenIdentity.from(person("li.na", "mini-program", "SECRET"));
		assertThat(onPortal.channel()).isEqualTo(ChannelClient.WEB_PORTAL);
		assertThat(onPortal.effectiveClearance()).isEqualTo(Clearance.SECRET);
		assertThat(onMiniProgram.effectiveClearance()).isEqualTo(Clearance.PUBLIC);
		assertThat(TokenIdentity.from(person("chen.jie", "dashboard", "CONFIDENTIAL")).effectiveClearance())
			.isEqualTo(Clearance.INTERNAL);
	}

	@Test
	void anUnknownClearanceIsPublic() {
		assertThat(TokenIdentity.from(person("x", "web-portal", "TOP")).effectiveClearance()).isEqualTo(Clearance.PUBLIC);
	}

	@Test
	void aMachineHasNoRolesAndReadsOnlyPublicDataWhateverItsClaimsSay() {
		TokenIdentity machine = TokenIdentity.from(Map.of("sub", "bigscreen", "client_id", "bigscreen", "scope",
				"statistics:read", "roles", List.of("SECURITY_ADMIN"), "clearance", "CONFIDENTIAL"));
		assertThat(machine.isMachine()).isTrue();
		assertThat(machine.roles()).isEmpty();
		assertThat(machine.hasScope("statistics:read")).isTrue();
		assertThat(machine.effectiveClearance()).isEqualTo(Clearance.PUBLIC);
	}

	private static Map<String, Object> person(String user, String client, String clearance) {
		return Map.of("sub", user, "client_id", client, "clearance", clearance, "roles", List.of("APPROVER"),
				"scope", List.of("openid", "profile"), "region", "city", "terminal_id", "pc-1");
	}

}
