package dev.huiju.eldercare;

import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/** The elder care service on its embedded default, H2 in memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
class EldercareH2IntegrationTests extends EldercareContract {

}
