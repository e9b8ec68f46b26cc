package dev.huiju.dining;

import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/** The dining service on its embedded default, H2 in memory, where the canteen's row lock serialises reservations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
class DiningH2IntegrationTests extends DiningContract {

}
