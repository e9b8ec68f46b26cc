package dev.huiju.bff.permissions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.huiju.bff.security.Caller;
import dev.huiju.schema.generated.types.Channel;
import dev.huiju.schema.generated.types.Classification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions behind the directives, one rule at a time. */
class FieldAccessTests {

	private final FieldAccess access = new FieldAccess(new PermissionsProperties(
			Map.of("STAFF", List.of("CLERK", "LEADER")),
			Map.of("PHONE", new PermissionsProperties.ClearValues(List.of("LEADER"), false, true, true), "ID_NUMBER",
					new PermissionsProperties.ClearValues(List.of("ELDERCARE_OPERATOR"), true, false, false))));

	@Test
	void rolesAndRoleGroupsScopesAndChannelsMustAllHold() {
		Caller clerk = caller("CLERK", Set.of("openid"), Channel.WEB_PORTAL, "city", "dept-office");
		assertThat(this.access.denial(clerk, rules(List.of(Set.of("STAFF")), Set.of(), List.of()))).isEmpty();
		assertThat(this.access.denial(clerk, rules(List.of(Set.of("LEADER")), Set.of(), List.of())))
			.hasValueSatisfying(reason -> assertThat(reason).contains("LEADER"));
		assertThat(this.access.denial(clerk, rules(List.of(), Set.of("openid"), List.of()))).isEmpty();
		assertThat(this.access.denial(clerk, rules(List.of(), Set.of("openid", "admin"), List.of()))).isPresent();
		assertThat(this.access.denial(clerk, rules(List.of(), Set.of(), List.of(Set.of("MOBILE_APP"))))).isPresent();
		assertThat(this.access.denial(clerk, rules(List.of(Set.of("STAFF"), Set.of("CLERK")), Set.of(),
				List.of(Set.of("WEB_PORTAL", "MOBILE_APP"))))).isEmpty();
	}

	@Test
	void clearanceOrdersTheLevelsAndRefusesWhatItDoesNotKnow() {
		Caller clerk = caller("CLERK", Set.of(), Channel.WEB_PORTAL, "city", "dept-office");
		assertThat(this.access.withinClearance(clerk, "PUBLIC")).isTrue();
		assertThat(this.access.withinClearance(clerk, "INTERNAL")).isTrue();
		assertThat(this.access.withinClearance(clerk, "SECRET")).isFalse();
		assertThat(this.access.withinClearance(clerk, "TOP")).isFalse();
		assertThat(this.access.withinClearance(clerk, null)).isFalse();
	}

	@Test
	void personalValuesAreClearForTheirOwnerTheirDepartmentAndAllowedRolesInTheirRegion() {
		Map<String, Object> colleague = Map.of("id", "li.na", "departmentId", "dept-office", "regionPath", "city");
		Map<String, Object> stranger = Map.of("id", "wang.fang", "departmentId", "dept-finance",
				"regionPath", "city/d-west/s-hill");
		Caller clerk = caller("CLERK", Set.of(), Channel.WEB_PORTAL, "city", "dept-office");
		assertThat(this.access.inClear(clerk, "PHONE", colleague)).isTrue();
		assertThat(this.access.inClear(clerk, "PHONE", stranger)).isFalse();
		assertThat(this.access.inClear(caller("LEADER", Set.of(), Channel.WEB_PORTAL, "city", "dept-x"), "PHONE",
				stranger)).isTrue();
		Caller eastOperator = caller("ELDERCARE_OPERATOR", Set.of(), Channel.WEB_PORTAL, "d-east", "dept-east");
		assertThat(this.access.inClear(eastOperator, "ID_NUMBER", stranger)).isFalse();
		assertThat(this.access.inClear(eastOperator, "ID_NUMBER",
				Map.of("id", "wu.hao", "regionPath", "city/d-east/s-riverside"))).isTrue();
		assertThat(this.access.inClear(clerk, "ADDRESS", colleague)).as("a kind without a policy").isFalse();
	}

	@Test
	void masksKeepTheirShape() {
		assertThat(Masks.mask("ID_NUMBER", "110105198909012048")).isEqualTo("110***********2048");
		assertThat(Masks.mask("PHONE", "13800005678")).isEqualTo("138****5678");
		assertThat(Masks.mask("NAME", "张伟")).isEqualTo("张*");
		assertThat(Masks.mask("ADDRESS", "北京市东城区景山前街4号")).isEqualTo("北京市东城区******");
		assertThat(Masks.mask("PHONE", "123")).isEqualTo("***");
	}

	private static AccessRules rules(List<Set<String>> roles, Set<String> scopes, List<Set<String>> channels) {
		return new AccessRules(roles, scopes, channels, null, null, null, true);
	}

	private static Caller caller(String role, Set<String> scopes, Channel channel, String region, String department) {
		return new Caller("someone", "某人", "X0001", Set.of(role), scopes, Classification.INTERNAL, region, "CITY",
				department, channel, "web-portal", "t-1");
	}

}
