package dev.huiju.authserver.users;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The one registry of demo users: the login accounts and the claims of every token are both read from here.
 * Every password is {@code demo}.
 */
@Component
public class DemoUsers {

	private static final List<DemoUser> ALL = List.of(
			new DemoUser("zhang.wei", "张伟", "A1001", List.of("CLERK"), "INTERNAL", "city", "CITY", "dept-office"),
			new DemoUser("liu.yang", "刘洋", "A1002", List.of("CLERK"), "INTERNAL", "city", "CITY", "dept-finance"),
			new DemoUser("li.na", "李娜", "A2001", List.of("APPROVER"), "SECRET", "city", "CITY", "dept-office"),
			new DemoUser("wang.fang", "王芳", "A2002", List.of("APPROVER"), "SECRET", "city", "CITY", "dept-finance"),
			new DemoUser("chen.jie", "陈杰", "A3001", List.of("LEADER", "APPROVER"), "CONFIDENTIAL", "city", "CITY",
					"dept-office"),
			new DemoUser("zhao.lei", "赵磊", "B1001", List.of("CANTEEN_OPERATOR"), "INTERNAL", "city", "CITY",
					"dept-civil"),
			new DemoUser("sun.li", "孙丽", "B2001", List.of("ELDERCARE_OPERATOR", "CIVIL_AFFAIRS"), "INTERNAL", "city", "CITY",
					"dept-civil"),
			new DemoUser("zhou.min", "周敏", "B2002", List.of("ELDERCARE_OPERATOR", "CIVIL_AFFAIRS"), "INTERNAL", "d-east", "DISTRICT",
					"dept-east-office"),
			new DemoUser("wu.hao", "吴昊", "B2003", List.of("ELDERCARE_OPERATOR", "CIVIL_AFFAIRS"), "INTERNAL", "s-riverside", "STREET",
					"dept-riverside"),
			new DemoUser("admin.sys", "系统管理员", "C0001", List.of("SYSTEM_ADMIN"), "INTERNAL", "city", "CITY", "dept-it"),
			new DemoUser("admin.sec", "安全管理员", "C0002", List.of("SECURITY_ADMIN"), "SECRET", "city", "CITY", "dept-it"),
			new DemoUser("admin.audit", "审计管理员", "C0003", List.of("AUDIT_ADMIN"), "INTERNAL", "city", "CITY",
					"dept-it"),
			new DemoUser("ma.xiaoli", "马小丽", null, List.of("CITIZEN"), "PUBLIC", "s-riverside", "STREET", null));

	private final Map<String, DemoUser> byUsername = ALL.stream()
		.collect(Collectors.toMap(DemoUser::username, Function.identity()));

	public List<DemoUser> all() {
		return ALL;
	}

	public Optional<DemoUser> find(String username) {
		return Optional.ofNullable((username != null) ? this.byUsername.get(username) : null);
	}

}
