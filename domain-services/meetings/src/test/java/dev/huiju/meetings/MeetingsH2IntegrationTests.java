package dev.huiju.meetings;

import dev.huiju.service.support.security.ServiceTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/** The meetings service on its embedded default, H2 in memory, where the room's row lock serialises bookings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ServiceTokens.class)
class MeetingsH2IntegrationTests extends MeetingsContract {

}
