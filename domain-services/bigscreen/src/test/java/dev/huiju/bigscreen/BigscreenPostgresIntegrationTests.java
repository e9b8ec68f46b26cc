package dev.huiju.bigscreen;

import dev.huiju.service.support.CleanDatabaseOnStart;
import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The big screen service on PostgreSQL, in a schema of its own that each run migrates afresh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "huiju.db.schema=bigscreen_it")
@AutoConfigureWebTestClient(timeout = "30s")
@Import({ ServiceTokens.class, CleanDatabaseOnStart.class })
@ActiveProfiles("postgres")
class BigscreenPostgresIntegrationTests extends BigscreenContract {

}
