package dev.huiju.directory;

import dev.huiju.service.support.CleanDatabaseOnStart;
import dev.huiju.service.support.security.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The directory as production runs it, without the demo profile, migrated from an empty PostgreSQL schema:
 * the tables are there and none of the demo people (the three administrators included), departments or
 * regions are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "huiju.db.schema=directory_nodemo" })
@AutoConfigureWebTestClient
@Import({ ServiceTokens.class, CleanDatabaseOnStart.class })
@ActiveProfiles("postgres")
class DirectoryWithoutDemoIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void noDemoPersonDepartmentOrRegionExists() {
		this.http.get().uri("/people?ids=admin.sys,admin.sec,admin.audit,zhang.wei,li.na")
			.header("Authorization", ServiceTokens.bearer("li.na"))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		this.http.get().uri("/departments")
			.header("Authorization", ServiceTokens.bearer("li.na"))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		this.http.get().uri("/regions?ids=city")
			.header("Authorization", ServiceTokens.bearer("li.na"))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
	}

}
