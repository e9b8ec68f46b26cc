package dev.huiju.directory;

import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/** The directory on its embedded default, H2 in memory, with the demo organisation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ServiceTokens.class)
@ActiveProfiles("demo")
class DirectoryH2IntegrationTests extends DirectoryContract {

}
