package dev.huiju.documents;

import dev.huiju.service.support.CleanDatabaseOnStart;
import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/** The documents service on PostgreSQL, in a schema of its own that each run migrates afresh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "huiju.db.schema=documents_it" })
@AutoConfigureWebTestClient
@Import({ ServiceTokens.class, CleanDatabaseOnStart.class })
@ActiveProfiles("postgres")
class DocumentsPostgresIntegrationTests extends DocumentsContract {

}
