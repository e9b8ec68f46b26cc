package dev.huiju.authserver.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The login form's accounts: one per demo user, all with the password {@code demo}. */
@Configuration(proxyBeanMethods = false)
public class DemoUserAccounts {

	@Bean
	UserDetailsService userDetailsService(DemoUsers users) {
		// {noop}: a development server with a published password gains nothing from hashing it.
		return new InMemoryUserDetailsManager(users.all()
			.stream()
			.map(user -> User.withUsername(user.username())
				.password("{noop}demo")
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList());
	}

}
