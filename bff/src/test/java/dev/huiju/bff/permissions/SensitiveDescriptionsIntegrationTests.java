package dev.huiju.bff.permissions;

import java.util.List;

import dev.huiju.bff.GraphQlPosts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served schema says who sees a {@code @sensitive} field in clear, taken from the configuration that
 * masks it: change the rule and the description follows.
 */
@SpringBootTest(properties = "huiju.permissions.sensitive.ID_NUMBER.roles=SECURITY_ADMIN,CIVIL_AFFAIRS_AUDITOR")
@AutoConfigureWebTestClient
class SensitiveDescriptionsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void theDescriptionsOfSensitiveFieldsAreTheConfiguredRules() {
		String body = GraphQlPosts.asClerk(this.http, "{ __type(name: \"Person\") { fields { name description } } }")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		com.jayway.jsonpath.DocumentContext answer = com.jayway.jsonpath.JsonPath.parse(body);
		List<String> idNumber = answer.read("$.data.__type.fields[?(@.name == 'idNumber')].description");
		List<String> phone = answer.read("$.data.__type.fields[?(@.name == 'phone')].description");
		assertThat(idNumber).singleElement().asString()
			.startsWith("Resident ID number.")
			.contains("roles SECURITY_ADMIN, CIVIL_AFFAIRS_AUDITOR (inside their region)")
			.contains("the person themselves")
			.doesNotContain("ELDERCARE_OPERATOR");
		assertThat(phone).singleElement().asString().contains("roles LEADER").contains("the same department");
	}

}
