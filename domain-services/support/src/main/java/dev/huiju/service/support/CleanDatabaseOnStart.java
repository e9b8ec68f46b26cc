package dev.huiju.service.support;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * With {@code huiju.db.clean-on-start=true} (tests only) the service's schema is dropped and migrated
 * afresh, so a test run never sees what an earlier run left in a shared PostgreSQL.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "huiju.db.clean-on-start", havingValue = "true")
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
