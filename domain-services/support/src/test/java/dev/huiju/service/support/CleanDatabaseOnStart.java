package dev.huiju.service.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Imported by a test, drops the service's schema and migrates it afresh, so a test run never sees what an
 * earlier run left in a shared PostgreSQL. Test sources only: no property of a running service can wipe its
 * database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOnStart {

	@Bean
	FlywayConfigurationCustomizer allowClean() {
		return configuration -> configuration.cleanDisabled(false);
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
