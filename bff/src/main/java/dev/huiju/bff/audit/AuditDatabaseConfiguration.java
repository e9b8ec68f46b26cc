package dev.huiju.bff.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The audit trail's settings. Its schema is migrated by Flyway (db/audit); nothing here ever cleans it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditDatabaseConfiguration {

}
