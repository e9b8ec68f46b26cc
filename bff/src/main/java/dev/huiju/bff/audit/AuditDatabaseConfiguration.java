package dev.huiju.bff.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit schema's migrations; tests may start from an empty schema. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy auditMigrations(AuditProperties properties) {
		return flyway -> {
			if (properties.cleanOnStart()) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
